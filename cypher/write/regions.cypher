// Regions from the gazetteer (reference data): upserted, never deleted with documents.
// @param rows: LIST<MAP{code, name, level, parentCode}>
UNWIND $rows AS r
MERGE (g:Region {code: r.code})
SET g.name = r.name, g.level = r.level, g.parentCode = r.parentCode
