// Marks the cascade summaries and serving documents of the given documents' provisions stale (null), inside the write
// that changes what they summarize; the store recomputes them once it commits (src/graph/cascade-refresh.ts).
// @param documentIds: LIST<STRING>
MATCH (p:Provision)
WHERE p.documentId IN $documentIds
SET p.cascade = NULL, p.servingDocuments = NULL
