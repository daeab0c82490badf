// COPY of one pair of a relationship table declared with several (FOR_REGION) from a CSV file written by
// src/graph/kuzu/bulk.ts. A template for the same reason as copy.kuzu.cypher: {{table}},
// {{from}} and {{to}} come only from the closed BULK_TABLES list, {{file}} only from our own temp
// directory. from/to name the pair, which Kuzu requires for a table declared with several pairs.
COPY {{table}} FROM '{{file}}' (header=false, quote='"', escape='"', parallel=false, null_strings=['{{null}}'], from='{{from}}', to='{{to}}')
