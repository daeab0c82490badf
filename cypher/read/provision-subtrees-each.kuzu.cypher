// Kuzu, per key: read/provision-subtrees for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each rootId IN ids
// @param rootId: STRING
MATCH (:Provision {id: $rootId})-[:HAS_CHILD*0..4]->(p:Provision)
RETURN $rootId AS rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY position
