// One step up a trace: the provisions the given ones implement, each with its edge.
// @param ids: LIST<STRING>
// @param minScore: FLOAT
UNWIND $ids AS sourceId
MATCH (:Provision {id: sourceId})-[r:IMPLEMENTS]->(p:Provision)
WHERE r.score >= $minScore
RETURN sourceId, r.score AS score, r.method AS method, r.evidence AS evidence, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
