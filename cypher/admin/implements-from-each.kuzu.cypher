// Kuzu, per key: admin/implements-from for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each sourceId IN ids
// @param sourceId: STRING
MATCH (:Provision {id: $sourceId})-[r:IMPLEMENTS]->(t:Provision)
RETURN $sourceId AS sourceId, t.id AS targetId, r.score AS score, r.method AS method
