// The provisions whose cascade summary is not computed, with their place in their outline.
MATCH (p:Provision)
WHERE p.cascade IS NULL
RETURN p.id AS id, p.documentId AS documentId, p.path AS path
