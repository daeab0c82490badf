// Every provision of the ingested documents, in document order (the API relinks from the store).
MATCH (d:Document)-[:HAS_PROVISION]->(p:Provision)
WHERE d.referencedOnly = false
RETURN p.id AS id, p.documentId AS documentId, p.path AS path, p.parentPath AS parentPath,
  p.kind AS kind, p.ordinal AS ordinal, p.ordinalNumber AS ordinalNumber, p.position AS position,
  p.depth AS depth, p.title AS title, p.text AS text, p.original AS original
ORDER BY documentId, position
