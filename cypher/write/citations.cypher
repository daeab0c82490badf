// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (s:Document {id: r.sourceDocumentId}), (t:Document {id: r.targetDocumentId})
MERGE (s)-[e:CITES]->(t)
SET e.citedTitle = r.citedTitle
