// Every unit assignment, by unit key, for computing carriers (src/graph/carriers.ts) from the store.
MATCH (p:Provision)-[a:ASSIGNED_TO]->(u:Unit)
RETURN p.id AS provisionId, u.id AS unitId, a.role AS role
