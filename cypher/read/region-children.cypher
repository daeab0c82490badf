// Child regions of the given region codes (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS parent
MATCH (r:Region)-[:PART_OF]->(:Region {code: parent})
RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
ORDER BY parentCode, code
