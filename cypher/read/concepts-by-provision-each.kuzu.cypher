// Kuzu, per key: read/concepts-by-provision for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each provisionId IN ids
// @param provisionId: STRING
MATCH (:Provision {id: $provisionId})-[:MENTIONS]->(c:Concept)
RETURN $provisionId AS provisionId, c.name AS name, c.category AS category
ORDER BY name
