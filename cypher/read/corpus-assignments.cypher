// Every unit assignment, in linker form (the API relinks from the store).
MATCH (p:Provision)-[a:ASSIGNED_TO]->(u:Unit)
RETURN p.id AS provisionId, u.name AS name, a.role AS role, u.collective AS collective,
  u.regionCode AS regionCode
ORDER BY provisionId, name
