// One provision written before Provision.carriers existed, if there is any (start-up: fill them?).
MATCH (p:Provision)
WHERE p.carriers IS NULL
RETURN p.id AS id
LIMIT 1
