// Bulk load (src/graph/neo4j/bulk.ts): a batch of IMPLEMENTS relationships (Provision → Provision).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Provision {id: r.to})
CREATE (a)-[e:IMPLEMENTS]->(b)
SET e = r.props
