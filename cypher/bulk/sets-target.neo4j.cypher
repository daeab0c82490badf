// Bulk load (src/graph/neo4j/bulk.ts): a batch of SETS_TARGET relationships (Provision → Target).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Target {id: r.to})
CREATE (a)-[e:SETS_TARGET]->(b)
SET e = r.props
