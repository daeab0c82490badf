// One lean step down a cascade: the provisions implementing the given ones, with what a walk needs
// to attribute paths and to count by document, level and region. No text and no evidence: those are
// loaded for the provisions and edges an answer shows (provisions-by-id, implements-by-target).
// @param ids: LIST<STRING>
// @param minScore: FLOAT
UNWIND $ids AS targetId
MATCH (p:Provision)-[r:IMPLEMENTS]->(:Provision {id: targetId})
WHERE r.score >= $minScore
RETURN targetId, p.id AS sourceId, r.score AS score, r.method AS method, p.documentId AS documentId, p.level AS level, p.regionCode AS regionCode
