// Concepts no provision mentions any more (OPTIONAL MATCH form: see delete-orphan-units.cypher).
MATCH (c:Concept)
OPTIONAL MATCH (p:Provision)-[:MENTIONS]->(c)
WITH c, count(p) AS mentions
WHERE mentions = 0
DETACH DELETE c
