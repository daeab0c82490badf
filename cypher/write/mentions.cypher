// @param rows: LIST<MAP{provisionId, name, spans, source}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.provisionId})
MATCH (c:Concept {name: r.name})
MERGE (p)-[m:MENTIONS]->(c)
SET m.spans = r.spans, m.source = r.source
