// Targets by ID (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Provision)-[:SETS_TARGET]->(t:Target {id: id})
RETURN t.id AS id, p.id AS provisionId, t.text AS text, t.metric AS metric, t.value AS value, t.unit AS unit, t.comparator AS comparator, t.period AS period, t.deadline AS deadline
