// Referenced-only documents that no document cites any more (OPTIONAL MATCH form: see
// delete-orphan-units.cypher).
MATCH (d:Document)
WHERE d.referencedOnly = true
OPTIONAL MATCH (s:Document)-[:CITES|IMPLEMENTS_DOC]->(d)
WITH d, count(s) AS citing
WHERE citing = 0
DETACH DELETE d
