// Referenced-only documents that no document cites any more.
MATCH (d:Document)
WHERE d.referencedOnly = true AND NOT EXISTS { MATCH (d)<-[:CITES|IMPLEMENTS_DOC]-(:Document) }
DETACH DELETE d
