// @param rows: LIST<MAP{id, regionCode}>
UNWIND $rows AS r
MATCH (u:Unit {id: r.id})
MATCH (g:Region {code: r.regionCode})
MERGE (u)-[:FOR_REGION]->(g)
