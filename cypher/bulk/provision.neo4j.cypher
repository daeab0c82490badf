// Bulk load (src/graph/neo4j/bulk.ts): a batch of Provision nodes, properties without nulls.
// @param rows: LIST<MAP>
UNWIND $rows AS r
CREATE (n:Provision)
SET n = r
