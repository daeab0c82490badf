// Units no provision and no document refers to any more. Written as OPTIONAL MATCH + count, not
// `NOT EXISTS { MATCH (u)<-[:ASSIGNED_TO]-() }`: Kuzu 0.11.3 misses relationships created earlier
// in the same transaction in that backward EXISTS form after a checkpoint (docs/graph-model.md).
// `keep`: what this transaction has just linked, never an orphan. Kuzu 0.11.3 can miss
// relationships created earlier in the transaction after a checkpoint even in this form
// (docs/graph-model.md); [NO_KEY] when there is none.
// @param keep: LIST<STRING>
MATCH (u:Unit)
WHERE NOT u.id IN $keep
OPTIONAL MATCH (p:Provision)-[:ASSIGNED_TO]->(u)
WITH u, count(p) AS assignments
OPTIONAL MATCH (d:Document)-[:ISSUED_BY]->(u)
WITH u, assignments, count(d) AS issued
WHERE assignments = 0 AND issued = 0
DETACH DELETE u
