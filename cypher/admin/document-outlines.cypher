// The provisions of the given documents with their outline paths (a cascade's starts).
// @param documentIds: LIST<STRING>
MATCH (p:Provision)
WHERE p.documentId IN $documentIds
RETURN p.id AS id, p.documentId AS documentId, p.path AS path
