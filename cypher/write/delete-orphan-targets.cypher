// Targets no provision sets (OPTIONAL MATCH form: see delete-orphan-units.cypher).
MATCH (t:Target)
OPTIONAL MATCH (p:Provision)-[:SETS_TARGET]->(t)
WITH t, count(p) AS owners
WHERE owners = 0
DETACH DELETE t
