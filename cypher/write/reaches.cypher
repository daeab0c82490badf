// Cascade closure rows (src/link/reach.ts) of provisions whose rows were just deleted.
// @param rows: LIST<MAP{descendantId, ancestorId, score, depth, longest}>
UNWIND $rows AS r
MATCH (d:Provision {id: r.descendantId})
MATCH (a:Provision {id: r.ancestorId})
CREATE (d)-[:REACHES {score: r.score, depth: r.depth, longest: r.longest}]->(a)
