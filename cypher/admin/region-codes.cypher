// Codes of the regions in the graph (migrate() skips the region upsert when all are present).
MATCH (g:Region)
RETURN g.code AS code
