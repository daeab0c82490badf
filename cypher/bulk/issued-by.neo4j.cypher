// Bulk load (src/graph/neo4j/bulk.ts): a batch of ISSUED_BY relationships (Document → Unit).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Unit {id: r.to})
CREATE (a)-[e:ISSUED_BY]->(b)
SET e = r.props
