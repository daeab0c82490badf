// Bulk load (src/graph/neo4j/bulk.ts): a batch of ASSIGNED_TO relationships (Provision → Unit).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Unit {id: r.to})
CREATE (a)-[e:ASSIGNED_TO]->(b)
SET e = r.props
