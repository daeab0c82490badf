// Kuzu, per row: write/similarities runs this once per row with the row's fields as parameters, a
// primary-key lookup per end node instead of the scan per row that `UNWIND $rows … {id: r.x}`
// costs Kuzu 0.11 (see src/graph/kuzu/engine.ts and write/reaches-each.kuzu.cypher).
// @each-row IN rows
// @param sourceId: STRING
// @param targetId: STRING
// @param score: FLOAT
MATCH (s:Provision {id: $sourceId})
MATCH (t:Provision {id: $targetId})
MERGE (s)-[e:SIMILAR_TO]->(t)
SET e.score = $score
