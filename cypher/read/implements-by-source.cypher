// IMPLEMENTS edges leaving the given (lower) provisions (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS sourceId
MATCH (:Provision {id: sourceId})-[r:IMPLEMENTS]->(t:Provision)
RETURN sourceId, t.id AS targetId, r.score AS score, r.method AS method, r.evidence AS evidence
ORDER BY sourceId, score DESC, targetId
