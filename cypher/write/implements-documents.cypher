// @param rows: LIST<MAP{sourceDocumentId, targetDocumentId, citedTitle}>
UNWIND $rows AS r
MATCH (s:Document {id: r.sourceDocumentId})
MATCH (t:Document {id: r.targetDocumentId})
MERGE (s)-[e:IMPLEMENTS_DOC]->(t)
SET e.citedTitle = r.citedTitle
