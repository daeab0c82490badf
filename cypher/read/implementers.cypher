// One step down a cascade: the provisions implementing the given ones, each with its edge.
// @param ids: LIST<STRING>
// @param minScore: FLOAT
UNWIND $ids AS targetId
MATCH (p:Provision)-[r:IMPLEMENTS]->(:Provision {id: targetId})
WHERE r.score >= $minScore
RETURN targetId, r.score AS score, r.method AS method, r.evidence AS evidence, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
