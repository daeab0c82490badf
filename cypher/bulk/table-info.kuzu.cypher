// Columns (in declaration order) and types of one table, for the bulk load's CSV files
// (src/graph/kuzu/bulk.ts). A template because table_info takes only a literal: {{table}} is
// filled only from the closed BULK_TABLES list.
CALL table_info('{{table}}') RETURN name, type
