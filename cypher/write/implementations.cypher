// @param rows: LIST<MAP{sourceId, targetId, score, method, evidence}>
UNWIND $rows AS r
MATCH (s:Provision {id: r.sourceId})
MATCH (t:Provision {id: r.targetId})
MERGE (s)-[e:IMPLEMENTS]->(t)
SET e.score = r.score, e.method = r.method, e.evidence = r.evidence
