// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (u:Unit {id: r.id}), (g:Region {code: r.regionCode})
MERGE (u)-[:FOR_REGION]->(g)
