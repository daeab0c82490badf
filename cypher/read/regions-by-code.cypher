// Regions by GB/T 2260 code (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS code
MATCH (r:Region {code: code})
RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
