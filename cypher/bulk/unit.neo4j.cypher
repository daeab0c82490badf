// Bulk load (src/graph/neo4j/bulk.ts): a batch of Unit nodes, properties without nulls.
// @param rows: LIST<MAP>
UNWIND $rows AS r
CREATE (n:Unit)
SET n = r
