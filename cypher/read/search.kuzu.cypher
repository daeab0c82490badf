// Chinese full-text search over provisions (see src/graph/search-terms.ts): Kuzu FTS over the
// jieba-segmented searchText finds and ranks candidates; a provision matches when its title or
// text contains every term. Optional filters: level, region (a GB/T 2260 code prefix).
// @param ftsQuery: STRING
// @param terms: LIST<STRING>
// @param level: STRING
// @param regionPrefix: STRING
// @param limit: INTEGER
CALL QUERY_FTS_INDEX('Provision', 'provision_fulltext', $ftsQuery, top := 100000)
WITH node AS p, score
WHERE all(t IN $terms WHERE p.text CONTAINS t OR coalesce(p.title, '') CONTAINS t)
  AND ($level IS NULL OR p.level = $level)
  AND ($regionPrefix IS NULL OR p.regionCode STARTS WITH $regionPrefix)
RETURN p.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
