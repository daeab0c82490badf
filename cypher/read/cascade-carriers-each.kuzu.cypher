// Kuzu, per key: read/cascade-carriers for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each rootId IN ids
// @param rootId: STRING
MATCH (q:Provision {id: $rootId})-[x:ASSIGNED_TO]->(u:Unit)
RETURN $rootId AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
MATCH (:Provision {id: $rootId})-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN $rootId AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
MATCH (:Provision {id: $rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN $rootId AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
MATCH (:Provision {id: $rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN $rootId AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
UNION ALL
MATCH (:Provision {id: $rootId})-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(:Provision)-[:HAS_CHILD]->(q:Provision)-[x:ASSIGNED_TO]->(u:Unit)
RETURN $rootId AS rootId, q.id AS provisionId, x.role AS role, u.id AS unitId
