// Kuzu, per key: read/provision-parents for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each childId IN ids
// @param childId: STRING
MATCH (p:Provision)-[:HAS_CHILD]->(:Provision {id: $childId})
RETURN $childId AS childId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
