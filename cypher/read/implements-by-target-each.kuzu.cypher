// Kuzu, per key: read/implements-by-target for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each targetId IN ids
// @param targetId: STRING
MATCH (s:Provision)-[r:IMPLEMENTS]->(:Provision {id: $targetId})
RETURN s.id AS sourceId, $targetId AS targetId, r.score AS score, r.method AS method, r.evidence AS evidence
ORDER BY score DESC, sourceId
