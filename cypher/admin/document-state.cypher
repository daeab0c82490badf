// Whether a document exists and whether it is ingested (referencedOnly false) or only cited.
// @param documentId: STRING
MATCH (d:Document {id: $documentId})
RETURN d.referencedOnly AS referencedOnly
