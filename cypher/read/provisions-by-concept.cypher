// Provisions mentioning the given concepts, in document order (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS conceptName
MATCH (p:Provision)-[:MENTIONS]->(:Concept {name: conceptName})
RETURN conceptName, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY conceptName, p.level, p.documentId, p.position
