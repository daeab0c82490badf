// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (s:Provision {id: r.sourceId}), (t:Provision {id: r.targetId})
MERGE (s)-[e:SIMILAR_TO]->(t)
SET e.score = r.score
