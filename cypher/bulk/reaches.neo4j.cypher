// Bulk load (src/graph/neo4j/bulk.ts): a batch of REACHES relationships (Provision → Provision).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Provision {id: r.to})
CREATE (a)-[e:REACHES]->(b)
SET e = r.props
