// Stores provisions' cascade summaries (src/graph/cascade-refresh.ts).
// @param rows: LIST<MAP{id, cascade}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.id})
SET p.cascade = r.cascade
