// A document's provisions and every edge touching them (outline, units, concepts, links).
// @param documentId: STRING
MATCH (:Document {id: $documentId})-[:HAS_PROVISION]->(p:Provision)
DETACH DELETE p
