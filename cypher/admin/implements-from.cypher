// IMPLEMENTS edges leaving the given provisions, without their evidence (a cascade summary's head).
// @param ids: LIST<STRING>
UNWIND $ids AS sourceId
MATCH (:Provision {id: sourceId})-[r:IMPLEMENTS]->(t:Provision)
RETURN sourceId, t.id AS targetId, r.score AS score, r.method AS method
