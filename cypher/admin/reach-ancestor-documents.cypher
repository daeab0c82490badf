// The documents holding a closure ancestor of the given provisions: the cascade summaries a write
// that rewrites those provisions' closure rows makes stale.
// @param ids: LIST<STRING>
MATCH (d:Provision)-[:REACHES]->(a:Provision)
WHERE d.id IN $ids
RETURN DISTINCT a.documentId AS documentId
