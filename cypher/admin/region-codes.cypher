// The regions in the graph: migrate() skips the region upsert when each gazetteer region is
// present as it is.
MATCH (g:Region)
RETURN g.code AS code, g.name AS name, g.level AS level, g.parentCode AS parentCode
