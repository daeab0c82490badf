// Kuzu, per key: admin/reach-counts for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each ancestorId IN ids
// @param ancestorId: STRING
MATCH (:Provision)-[r:REACHES]->(:Provision {id: $ancestorId})
RETURN $ancestorId AS id, count(r) AS rows
