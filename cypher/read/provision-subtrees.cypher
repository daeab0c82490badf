// The given provisions and their outline descendants, keyed by the given provision, in document
// order (API loader: units of a cascade often sit on a task's items). Neo4j seeks the id index for
// `IN`; Kuzu has its own dialect (provision-subtrees.kuzu.cypher).
// @param ids: LIST<STRING>
MATCH (a:Provision)-[:HAS_CHILD*0..10]->(p:Provision)
WHERE a.id IN $ids
RETURN a.id AS rootId, p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY rootId, position
