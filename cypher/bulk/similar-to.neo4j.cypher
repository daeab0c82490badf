// Bulk load (src/graph/neo4j/bulk.ts): a batch of SIMILAR_TO relationships (Provision → Provision).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Provision {id: r.to})
CREATE (a)-[e:SIMILAR_TO]->(b)
SET e = r.props
