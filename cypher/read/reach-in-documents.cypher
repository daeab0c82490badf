// The provisions of the given documents implementing each given provision directly or through
// intermediate levels, from the cascade closure: a coverage cell's provisions, read for the
// compared documents only (a national requirement has thousands of rows in the closure).
// @param ids: LIST<STRING>
// @param documentIds: LIST<STRING>
UNWIND $ids AS ancestorId
MATCH (d:Provision)-[:REACHES]->(a:Provision {id: ancestorId})
WHERE d.documentId IN $documentIds
RETURN a.id AS ancestorId, d.id AS id, d.documentId AS documentId
