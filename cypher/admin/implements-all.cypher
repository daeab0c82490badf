// Every IMPLEMENTS edge, for rebuilding the whole cascade closure (after a relink, or on a store
// written before the closure existed).
MATCH (s:Provision)-[e:IMPLEMENTS]->(t:Provision)
RETURN s.id AS sourceId, s.documentId AS sourceDocumentId, t.id AS targetId, e.score AS score
