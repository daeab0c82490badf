// @param rows: LIST<MAP{code, parentCode}>
UNWIND $rows AS r
MATCH (c:Region {code: r.code})
MATCH (p:Region {code: r.parentCode})
MERGE (c)-[:PART_OF]->(p)
