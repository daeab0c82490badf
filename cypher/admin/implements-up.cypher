// One hop of the upward walk that recomputes cascade closure rows (src/graph/reach.ts): the stored
// IMPLEMENTS edges leaving the given provisions, except those touching the document being
// rewritten or deleted (its write replaces them).
// @param ids: LIST<STRING>
// @param documentId: STRING
MATCH (s:Provision)-[e:IMPLEMENTS]->(t:Provision)
WHERE s.id IN $ids AND s.documentId <> $documentId AND t.documentId <> $documentId
RETURN s.id AS sourceId, t.id AS targetId, e.score AS score
