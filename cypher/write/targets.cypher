// @param rows: LIST<MAP{provisionId, id, text, metric, unit, comparator, period, deadline, spanField, spanStart, spanEnd}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.provisionId})
MERGE (t:Target {id: r.id})
SET t.provisionId = r.provisionId, t.text = r.text, t.metric = r.metric, t.unit = r.unit,
    t.comparator = r.comparator, t.period = r.period, t.deadline = r.deadline,
    t.spanField = r.spanField, t.spanStart = r.spanStart, t.spanEnd = r.spanEnd
MERGE (p)-[:SETS_TARGET]->(t)
