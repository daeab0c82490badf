// The stored serving documents of the given requirements (src/graph/cascade-summary.ts: per
// document of the closure rows below each, how many, the strongest and the longest path; null:
// not computed since a write made them stale).
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN p.id AS id, p.servingDocuments AS servingDocuments
