// How many closure rows lie below each given provision: a refresh of the cascade summaries reads
// them in chunks of bounded size (graph/cascade-refresh.ts). Provisions without rows are left out.
// @param ids: LIST<STRING>
UNWIND $ids AS ancestorId
MATCH (:Provision)-[r:REACHES]->(a:Provision {id: ancestorId})
RETURN a.id AS id, count(r) AS rows
