// @param documentId: STRING
// @param rows: LIST<MAP{unitId}>
MATCH (d:Document {id: $documentId})
UNWIND $rows AS r
MATCH (u:Unit {id: r.unitId})
MERGE (d)-[:ISSUED_BY]->(u)
