// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (p:Provision {id: r.provisionId}), (c:Concept {name: r.name})
MERGE (p)-[m:MENTIONS]->(c)
SET m.spans = r.spans, m.source = r.source
