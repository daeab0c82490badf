// Targets set by the given provisions (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS provisionId
MATCH (:Provision {id: provisionId})-[:SETS_TARGET]->(t:Target)
RETURN provisionId, t.id AS id, t.text AS text, t.metric AS metric, t.value AS value, t.unit AS unit, t.comparator AS comparator, t.period AS period, t.deadline AS deadline
ORDER BY provisionId, t.id
