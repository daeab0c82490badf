// Targets no provision sets (OPTIONAL MATCH form: see delete-orphan-units.cypher).
// `keep`: what this transaction has just linked, never an orphan. Kuzu 0.11.3 can miss
// relationships created earlier in the transaction after a checkpoint even in this form
// (docs/graph-model.md); [NO_KEY] when there is none.
// @param keep: LIST<STRING>
MATCH (t:Target)
WHERE NOT t.id IN $keep
OPTIONAL MATCH (p:Provision)-[:SETS_TARGET]->(t)
WITH t, count(p) AS owners
WHERE owners = 0
DETACH DELETE t
