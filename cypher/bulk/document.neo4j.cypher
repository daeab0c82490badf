// Bulk load (src/graph/neo4j/bulk.ts): a batch of Document nodes, properties without nulls.
// @param rows: LIST<MAP>
UNWIND $rows AS r
CREATE (n:Document)
SET n = r
