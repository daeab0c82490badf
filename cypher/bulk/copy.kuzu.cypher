// COPY of one table from a CSV file written by src/graph/kuzu/bulk.ts. Kuzu takes neither
// the table nor the file path as a parameter, so this is a template: {{table}} is filled only from
// the closed BULK_TABLES list and {{file}} only with a path inside our own fresh temp directory
// (checked to hold no quote); nothing in it comes from data. See csv.ts for the NULL token.
COPY {{table}} FROM '{{file}}' (header=false, quote='"', escape='"', parallel=false, null_strings=['{{null}}'])
