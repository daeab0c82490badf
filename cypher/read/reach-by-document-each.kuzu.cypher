// Kuzu, per key: read/reach-by-document for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each ancestorId IN ids
// @param ancestorId: STRING
MATCH (:Provision)-[r:REACHES]->(:Provision {id: $ancestorId})
RETURN $ancestorId AS ancestorId, r.documentId AS documentId, count(*) AS provisions, max(r.score) AS bestScore, max(r.longest) AS longest
