// Stores provisions' cascade summaries and serving documents (src/graph/cascade-refresh.ts).
// @param rows: LIST<MAP{id, cascade, servingDocuments}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.id})
SET p.cascade = r.cascade, p.servingDocuments = r.servingDocuments
