// @param documentId: STRING
// @param regionCode: STRING
MATCH (d:Document {id: $documentId}), (g:Region {code: $regionCode})
MERGE (d)-[:FOR_REGION]->(g)
