// Concepts mentioned by the given provisions (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS provisionId
MATCH (:Provision {id: provisionId})-[:MENTIONS]->(c:Concept)
RETURN provisionId, c.name AS name, c.category AS category
ORDER BY provisionId, c.name
