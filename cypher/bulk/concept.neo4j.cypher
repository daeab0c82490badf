// Bulk load (src/graph/neo4j/bulk.ts): a batch of Concept nodes, properties without nulls.
// @param rows: LIST<MAP>
UNWIND $rows AS r
CREATE (n:Concept)
SET n = r
