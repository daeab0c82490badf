// CITES and IMPLEMENTS_DOC edges leaving the given documents (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS sourceDocumentId
MATCH (:Document {id: sourceDocumentId})-[:IMPLEMENTS_DOC]->(d:Document)
RETURN sourceDocumentId, d.id AS targetDocumentId, 'implements' AS relation
UNION ALL
UNWIND $ids AS sourceDocumentId
MATCH (:Document {id: sourceDocumentId})-[:CITES]->(d:Document)
RETURN sourceDocumentId, d.id AS targetDocumentId, 'cites' AS relation
