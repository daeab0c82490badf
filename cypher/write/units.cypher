// @param rows: LIST<MAP{id, name, regionCode, collective}>
UNWIND $rows AS r
MERGE (u:Unit {id: r.id})
SET u.name = r.name, u.regionCode = r.regionCode, u.collective = r.collective
