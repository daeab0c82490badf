// Kuzu, per key: read/implements-by-source for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each sourceId IN ids
// @param sourceId: STRING
MATCH (:Provision {id: $sourceId})-[r:IMPLEMENTS]->(t:Provision)
RETURN $sourceId AS sourceId, t.id AS targetId, r.score AS score, r.method AS method, r.evidence AS evidence
ORDER BY score DESC, targetId
