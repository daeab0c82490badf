// Provisions below the given ones in the cascade closure (src/graph/reach.ts).
// @param ids: LIST<STRING>
MATCH (d:Provision)-[:REACHES]->(y:Provision)
WHERE y.id IN $ids
RETURN DISTINCT d.id AS id
