// @param rows: LIST<MAP{name, category, source, boilerplate}>
UNWIND $rows AS r
MERGE (c:Concept {name: r.name})
SET c.category = r.category, c.source = r.source, c.boilerplate = r.boilerplate
