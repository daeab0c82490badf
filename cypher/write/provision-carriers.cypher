// Sets provisions' carriers (src/graph/carriers.ts), on a store written before they existed.
// @param rows: LIST<MAP{id, carriers}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.id})
SET p.carriers = r.carriers
