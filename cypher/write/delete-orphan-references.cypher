// Referenced-only documents that no document cites any more (OPTIONAL MATCH form: see
// delete-orphan-units.cypher).
// `keep`: what this transaction has just linked, never an orphan. Kuzu 0.11.3 can miss
// relationships created earlier in the transaction after a checkpoint even in this form
// (docs/graph-model.md); [NO_KEY] when there is none.
// @param keep: LIST<STRING>
MATCH (d:Document)
WHERE d.referencedOnly = true AND NOT d.id IN $keep
OPTIONAL MATCH (s:Document)-[:CITES|IMPLEMENTS_DOC]->(d)
WITH d, count(s) AS citing
WHERE citing = 0
DETACH DELETE d
