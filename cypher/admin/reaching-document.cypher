// Provisions whose cascade closure passes through a document's provisions: their rows change when
// the document is rewritten or deleted (src/graph/store.ts).
// @param documentId: STRING
MATCH (:Document {id: $documentId})-[:HAS_PROVISION]->(:Provision)<-[:REACHES]-(d:Provision)
RETURN DISTINCT d.id AS id
