// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (c:Region {code: r.code}), (p:Region {code: r.parentCode})
MERGE (c)-[:PART_OF]->(p)
