// Targets of a document's provisions (each target belongs to one provision).
// @param documentId: STRING
MATCH (:Document {id: $documentId})-[:HAS_PROVISION]->(:Provision)-[:SETS_TARGET]->(t:Target)
DETACH DELETE t
