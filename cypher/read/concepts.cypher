// Every concept with the number of provisions mentioning it.
MATCH (p:Provision)-[:MENTIONS]->(c:Concept)
RETURN c.name AS name, c.category AS category, count(DISTINCT p) AS provisions, count(DISTINCT p.documentId) AS documents
ORDER BY provisions DESC, name
