// Every provision of the given documents, in document order (API loader). Through HAS_PROVISION
// rather than a documentId filter: Kuzu has no secondary index, so the filter scans every provision,
// while the relationship is read from the document's adjacency list.
// @param ids: LIST<STRING>
UNWIND $ids AS documentId
MATCH (:Document {id: documentId})-[:HAS_PROVISION]->(p:Provision)
RETURN p.id AS id, p.documentId AS documentId, p.path AS path, p.kind AS kind, p.position AS position, p.depth AS depth, p.title AS title, p.text AS text, p.original AS original, p.level AS level, p.regionCode AS regionCode
ORDER BY documentId, p.position
