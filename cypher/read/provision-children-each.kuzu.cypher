// Kuzu, per key: read/provision-children for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each parentId IN ids
// @param parentId: STRING
MATCH (:Provision {id: $parentId})-[c:HAS_CHILD]->(p:Provision)
RETURN $parentId AS parentId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY c.position
