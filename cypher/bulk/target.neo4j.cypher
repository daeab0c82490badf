// Bulk load (src/graph/neo4j/bulk.ts): a batch of Target nodes, properties without nulls.
// @param rows: LIST<MAP>
UNWIND $rows AS r
CREATE (n:Target)
SET n = r
