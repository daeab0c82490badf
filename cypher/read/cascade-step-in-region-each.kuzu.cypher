// Kuzu, per key: read/cascade-step-in-region for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each targetId IN ids
// @param targetId: STRING
// @param minScore: FLOAT
// @param regionPrefix: STRING
// @param regionsAbove: LIST<STRING>
MATCH (p:Provision)-[r:IMPLEMENTS]->(:Provision {id: $targetId})
WHERE r.score >= $minScore AND (p.regionCode STARTS WITH $regionPrefix OR p.regionCode IN $regionsAbove)
RETURN $targetId AS targetId, p.id AS sourceId, r.score AS score, r.method AS method, p.documentId AS documentId, p.level AS level, p.regionCode AS regionCode
