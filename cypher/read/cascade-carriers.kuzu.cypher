// Kuzu dialect of read/cascade-carriers: one branch per outline level, as in
// provision-subtrees.kuzu.cypher (a variable-length walk after UNWIND starts from every provision).
// A carrier under two given provisions comes once per provision; the API counts it once.
// @param ids: LIST<STRING>
UNWIND $ids AS rootId
MATCH (q:Provision {id: rootId})-[x:ASSIGNED_TO]->(u:Unit)
RETURN rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
UNWIND $ids AS rootId
MATCH (:Provision {id: rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
