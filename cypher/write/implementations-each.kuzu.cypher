// Kuzu, per row: write/implementations runs this once per row with the row's fields as parameters, a
// primary-key lookup per end node instead of the scan per row that `UNWIND $rows … {id: r.x}`
// costs Kuzu 0.11 (see src/graph/kuzu/engine.ts and write/reaches-each.kuzu.cypher).
// CREATE, not MERGE: every write deletes these edges first (the document's provisions, or all
// links on a relink), and after such a delete in the same transaction Kuzu 0.11.3's per-row MERGE
// took 3 of a relink's 188 new edges for existing ones and dropped them.
// @each-row IN rows
// @param sourceId: STRING
// @param targetId: STRING
// @param score: FLOAT
// @param method: STRING
// @param evidence: STRING
MATCH (s:Provision {id: $sourceId})
MATCH (t:Provision {id: $targetId})
CREATE (s)-[:IMPLEMENTS {score: $score, method: $method, evidence: $evidence}]->(t)
