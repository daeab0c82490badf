// Kuzu, per key: read/implemented for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each sourceId IN ids
// @param sourceId: STRING
// @param minScore: FLOAT
MATCH (:Provision {id: $sourceId})-[r:IMPLEMENTS]->(p:Provision)
WHERE r.score >= $minScore
RETURN $sourceId AS sourceId, r.score AS score, r.method AS method, r.evidence AS evidence, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
