// A deleted document that other documents still cite stays as a referenced-only node.
// @param documentId: STRING
MATCH (d:Document {id: $documentId})
SET d.referencedOnly = true, d.originalTitle = NULL, d.regionName = NULL, d.script = NULL,
    d.sourceFile = NULL, d.sourceFormat = NULL, d.sha256 = NULL, d.url = NULL, d.retrievedAt = NULL,
    d.preamble = NULL, d.forwardingNotice = NULL, d.warnings = NULL, d.provisionCount = NULL
