// Provisions assigned to the given units, with roles, in document order (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS unitId
MATCH (p:Provision)-[a:ASSIGNED_TO]->(:Unit {id: unitId})
RETURN unitId, p.id AS provisionId, p.documentId AS documentId, a.role AS role
ORDER BY unitId, p.documentId, p.position
