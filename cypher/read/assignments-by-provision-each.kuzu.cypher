// Kuzu, per key: read/assignments-by-provision for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each provisionId IN ids
// @param provisionId: STRING
MATCH (p:Provision {id: $provisionId})-[a:ASSIGNED_TO]->(u:Unit)
RETURN $provisionId AS provisionId, p.documentId AS documentId, a.role AS role, u.id AS unitId, u.name AS unitName, u.collective AS unitCollective, u.regionCode AS unitRegionCode
ORDER BY role, unitName
