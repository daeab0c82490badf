// The provisions whose cascade summary or serving documents are not computed, with their place in their outline.
MATCH (p:Provision)
WHERE p.cascade IS NULL OR p.servingDocuments IS NULL
RETURN p.id AS id, p.documentId AS documentId, p.path AS path
