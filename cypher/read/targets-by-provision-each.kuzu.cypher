// Kuzu, per key: read/targets-by-provision for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each provisionId IN ids
// @param provisionId: STRING
MATCH (:Provision {id: $provisionId})-[:SETS_TARGET]->(t:Target)
RETURN $provisionId AS provisionId, t.id AS id, t.text AS text, t.metric AS metric, t.value AS value, t.unit AS unit, t.comparator AS comparator, t.period AS period, t.deadline AS deadline
ORDER BY id
