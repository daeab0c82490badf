// Outline children of the given provisions, in order (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS parentId
MATCH (:Provision {id: parentId})-[c:HAS_CHILD]->(p:Provision)
RETURN parentId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY parentId, c.position
