// Kuzu, per key: read/reach-by-ancestor for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each ancestorId IN ids
// @param ancestorId: STRING
MATCH (d:Provision)-[r:REACHES]->(:Provision {id: $ancestorId})
RETURN $ancestorId AS ancestorId, d.id AS id, d.documentId AS documentId, d.level AS level, d.regionCode AS regionCode, r.score AS score, r.depth AS depth, r.longest AS longest, d.carriers AS carriers
