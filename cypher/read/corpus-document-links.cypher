// Every document-level citation with what is known of the cited document (the API relinks from
// the store and rebuilds each document's citations from these edges).
MATCH (s:Document)-[l:IMPLEMENTS_DOC]->(t:Document)
RETURN s.id AS sourceDocumentId, 'implements' AS relation, l.citedTitle AS citedTitle,
  t.titleKey AS titleKey, t.issuer AS issuer, t.docNumber AS docNumber
UNION ALL
MATCH (s:Document)-[l:CITES]->(t:Document)
RETURN s.id AS sourceDocumentId, 'cites' AS relation, l.citedTitle AS citedTitle,
  t.titleKey AS titleKey, t.issuer AS issuer, t.docNumber AS docNumber
