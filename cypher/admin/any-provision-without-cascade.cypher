// One provision whose cascade summary or serving documents are not computed, if there is any (start-up: refresh them?).
MATCH (p:Provision)
WHERE p.cascade IS NULL OR p.servingDocuments IS NULL
RETURN p.id AS id
LIMIT 1
