// Chinese full-text search over provisions (see src/graph/search-terms.ts): the CJK bigram index
// finds and ranks candidates; a provision matches when its title or text contains every term.
// Optional filters: level, region (a GB/T 2260 code prefix).
// @param luceneQuery: STRING
// @param terms: LIST<STRING>
// @param level: STRING
// @param regionPrefix: STRING
// @param limit: INTEGER
CALL db.index.fulltext.queryNodes('provision_fulltext', $luceneQuery) YIELD node, score
WITH node AS p, score
WHERE all(t IN $terms WHERE p.text CONTAINS t OR coalesce(p.title, '') CONTAINS t)
  AND ($level IS NULL OR p.level = $level)
  AND ($regionPrefix IS NULL OR p.regionCode STARTS WITH $regionPrefix)
RETURN p.id AS id, score
ORDER BY score DESC, id
LIMIT $limit
