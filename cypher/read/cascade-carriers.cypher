// The units carrying a cascade: assignments of the given provisions and of their outline
// descendants (a task's units often sit on its items), one row per given provision and carrier
// (the API counts a carrier once). Lean rows: units and carriers' text are loaded for what an
// answer shows. Kuzu has its own dialect.
// @param ids: LIST<STRING>
MATCH (a:Provision)-[:HAS_CHILD*0..10]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
WHERE a.id IN $ids
RETURN a.id AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
