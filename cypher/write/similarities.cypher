// @param rows: LIST<MAP{sourceId, targetId, score}>
UNWIND $rows AS r
MATCH (s:Provision {id: r.sourceId})
MATCH (t:Provision {id: r.targetId})
MERGE (s)-[e:SIMILAR_TO]->(t)
SET e.score = r.score
