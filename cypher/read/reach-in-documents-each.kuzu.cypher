// Kuzu, per key: read/reach-in-documents for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each ancestorId IN ids
// @param ancestorId: STRING
// @param documentIds: LIST<STRING>
MATCH (d:Provision)-[:REACHES]->(:Provision {id: $ancestorId})
WHERE d.documentId IN $documentIds
RETURN $ancestorId AS ancestorId, d.id AS id, d.documentId AS documentId
