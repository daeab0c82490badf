// Kuzu, per key: read/provision-serving for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each id IN ids
// @param id: STRING
MATCH (p:Provision {id: $id})
RETURN p.id AS id, p.servingDocuments AS servingDocuments
