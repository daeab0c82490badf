// Kuzu, per key: read/similar-by-provision for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each provisionId IN ids
// @param provisionId: STRING
MATCH (a:Provision {id: $provisionId})-[r:SIMILAR_TO]->(b:Provision)
RETURN $provisionId AS provisionId, a.id AS sourceId, b.id AS targetId, r.score AS score
UNION ALL
MATCH (a:Provision)-[r:SIMILAR_TO]->(b:Provision {id: $provisionId})
RETURN $provisionId AS provisionId, a.id AS sourceId, b.id AS targetId, r.score AS score
