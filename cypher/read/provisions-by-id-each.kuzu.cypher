// Kuzu, per key: read/provisions-by-id for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each id IN ids
// @param id: STRING
MATCH (p:Provision {id: $id})
RETURN p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
