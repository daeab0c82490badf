// Kuzu, per row: write/reaches runs this once per row with the row's fields as parameters (see
// src/graph/kuzu/engine.ts). `UNWIND $rows … {id: r.descendantId}` costs Kuzu 0.11 a scan of every
// provision per row (1.3 ms a row at 10% of the national benchmark graph); a parameter is a
// primary-key lookup.
// @each-row IN rows
// @param descendantId: STRING
// @param ancestorId: STRING
// @param score: FLOAT
// @param depth: INTEGER
// @param longest: INTEGER
MATCH (d:Provision {id: $descendantId})
MATCH (a:Provision {id: $ancestorId})
CREATE (d)-[:REACHES {score: $score, depth: $depth, longest: $longest, documentId: d.documentId}]->(a)
