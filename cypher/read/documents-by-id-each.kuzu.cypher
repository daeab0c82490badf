// Kuzu, per key: read/documents-by-id for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each id IN ids
// @param id: STRING
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.title AS title, d.issuer AS issuer, d.docNumber AS docNumber, d.date AS date, d.level AS level, d.regionCode AS regionCode, d.sourceFile AS sourceFile, d.referencedOnly AS referencedOnly, d.originalTitle AS originalTitle, d.url AS url, d.warnings AS warnings
