// One provision whose cascade summary is not computed, if there is any (start-up: refresh them?).
MATCH (p:Provision)
WHERE p.cascade IS NULL
RETURN p.id AS id
LIMIT 1
