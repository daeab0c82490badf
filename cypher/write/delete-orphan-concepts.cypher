// Concepts no provision mentions any more (OPTIONAL MATCH form: see delete-orphan-units.cypher).
// `keep`: what this transaction has just linked, never an orphan. Kuzu 0.11.3 can miss
// relationships created earlier in the transaction after a checkpoint even in this form
// (docs/graph-model.md); [NO_KEY] when there is none.
// @param keep: LIST<STRING>
MATCH (c:Concept)
WHERE NOT c.name IN $keep
OPTIONAL MATCH (p:Provision)-[:MENTIONS]->(c)
WITH c, count(p) AS mentions
WHERE mentions = 0
DETACH DELETE c
