// Bulk load (src/graph/neo4j/bulk.ts): a batch of CITES relationships (Document → Document).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Document {id: r.from})
MATCH (b:Document {id: r.to})
CREATE (a)-[e:CITES]->(b)
SET e = r.props
