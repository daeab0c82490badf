// Bulk load (src/graph/neo4j/bulk.ts): a batch of HAS_PROVISION relationships (Document → Provision).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Provision {id: r.to})
CREATE (a)-[e:HAS_PROVISION]->(b)
SET e = r.props
