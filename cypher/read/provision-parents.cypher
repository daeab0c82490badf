// Outline parent of the given provisions (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS childId
MATCH (p:Provision)-[:HAS_CHILD]->(:Provision {id: childId})
RETURN childId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
