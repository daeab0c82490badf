// A document's region when the gazetteer lacks it (e.g. a township): created, never overwritten.
// @param rows: LIST<MAP{code, name, level, parentCode}>
UNWIND $rows AS r
MERGE (g:Region {code: r.code})
ON CREATE SET g.name = r.name, g.level = r.level, g.parentCode = r.parentCode
