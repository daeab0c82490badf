// The stored cascade summaries of the given provisions (src/graph/cascade-summary.ts; null: not
// computed since a write made them stale).
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN p.id AS id, p.cascade AS cascade
