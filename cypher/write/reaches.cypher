// Cascade closure rows (src/link/reach.ts) of provisions whose rows were just deleted. Each row also
// carries its descendant's document, so that coverage counts per document from the rows alone.
// @param rows: LIST<MAP{descendantId, ancestorId, score, depth, longest}>
UNWIND $rows AS r
MATCH (d:Provision {id: r.descendantId})
MATCH (a:Provision {id: r.ancestorId})
CREATE (d)-[:REACHES {score: r.score, depth: r.depth, longest: r.longest, documentId: d.documentId}]->(a)
