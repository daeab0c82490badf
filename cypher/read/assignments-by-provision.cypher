// Responsible units of the given provisions, with their roles (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS provisionId
MATCH (p:Provision {id: provisionId})-[a:ASSIGNED_TO]->(u:Unit)
RETURN provisionId, p.documentId AS documentId, a.role AS role, u.id AS unitId, u.name AS unitName, u.collective AS unitCollective, u.regionCode AS unitRegionCode
ORDER BY provisionId, a.role, u.name
