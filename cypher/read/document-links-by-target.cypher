// CITES and IMPLEMENTS_DOC edges reaching the given documents (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS targetDocumentId
MATCH (d:Document)-[:IMPLEMENTS_DOC]->(:Document {id: targetDocumentId})
RETURN d.id AS sourceDocumentId, targetDocumentId, 'implements' AS relation
UNION ALL
UNWIND $ids AS targetDocumentId
MATCH (d:Document)-[:CITES]->(:Document {id: targetDocumentId})
RETURN d.id AS sourceDocumentId, targetDocumentId, 'cites' AS relation
