// IMPLEMENTS edges reaching the given (higher) provisions (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS targetId
MATCH (s:Provision)-[r:IMPLEMENTS]->(:Provision {id: targetId})
RETURN s.id AS sourceId, targetId, r.score AS score, r.method AS method, r.evidence AS evidence
ORDER BY targetId, score DESC, sourceId
