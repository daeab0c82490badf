// Concepts by name (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS name
MATCH (c:Concept {name: name})
RETURN c.name AS name, c.category AS category
