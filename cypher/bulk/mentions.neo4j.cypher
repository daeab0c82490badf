// Bulk load (src/graph/neo4j/bulk.ts): a batch of MENTIONS relationships (Provision → Concept).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Provision {id: r.from})
MATCH (b:Concept {name: r.to})
CREATE (a)-[e:MENTIONS]->(b)
SET e = r.props
