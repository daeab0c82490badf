// Regions whose name is, or starts with, the given name (鞍山 → 鞍山市), shortest name first.
// @param name: STRING
MATCH (r:Region)
WHERE r.name = $name OR r.name STARTS WITH $name
RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
ORDER BY size(r.name), code
