// Every concept mention with its spans, in linker form (the API relinks from the store).
MATCH (p:Provision)-[m:MENTIONS]->(c:Concept)
RETURN p.id AS provisionId, c.name AS name, c.category AS category, m.source AS source,
  m.spans AS spans
ORDER BY provisionId, name
