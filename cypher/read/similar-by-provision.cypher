// SIMILAR_TO edges touching the given provisions, in either direction (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS provisionId
MATCH (a:Provision {id: provisionId})-[r:SIMILAR_TO]->(b:Provision)
RETURN provisionId, a.id AS sourceId, b.id AS targetId, r.score AS score
UNION ALL
UNWIND $ids AS provisionId
MATCH (a:Provision)-[r:SIMILAR_TO]->(b:Provision {id: provisionId})
RETURN provisionId, a.id AS sourceId, b.id AS targetId, r.score AS score
