// @param documentId: STRING
// @param regionCode: STRING
MATCH (d:Document {id: $documentId})
MATCH (g:Region {code: $regionCode})
MERGE (d)-[:FOR_REGION]->(g)
