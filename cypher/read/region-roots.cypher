// Regions with no parent: the top of the region tree (the nation).
MATCH (r:Region)
WHERE r.parentCode IS NULL
RETURN r.code AS code, r.name AS name, r.level AS level, r.parentCode AS parentCode
ORDER BY code
