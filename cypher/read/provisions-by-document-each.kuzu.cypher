// Kuzu, per key: read/provisions-by-document for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each documentId IN ids
// @param documentId: STRING
MATCH (:Document {id: $documentId})-[:HAS_PROVISION]->(p:Provision)
RETURN p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY p.position
