// The document's own outgoing edges: issuer, region and the citations it makes.
// @param documentId: STRING
MATCH (:Document {id: $documentId})-[r:ISSUED_BY|FOR_REGION|CITES|IMPLEMENTS_DOC]->()
DELETE r
