// Bulk load (src/graph/neo4j/bulk.ts): a batch of FOR_REGION relationships (Unit → Region).
// @param rows: LIST<MAP{from, to, props}>
UNWIND $rows AS r
MATCH (a:Unit {id: r.from})
MATCH (b:Region {code: r.to})
CREATE (a)-[e:FOR_REGION]->(b)
SET e = r.props
