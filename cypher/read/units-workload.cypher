// Assignments of the units of a region subtree (regionPrefix '' for all) whose name contains $name
// ('' for all; Kuzu's CONTAINS '' is false), counted per unit, role and document; the API sums
// them into workloads.
// @param regionPrefix: STRING
// @param name: STRING
MATCH (p:Provision)-[a:ASSIGNED_TO]->(u:Unit)
WHERE ($regionPrefix = '' OR u.regionCode STARTS WITH $regionPrefix) AND ($name = '' OR u.name CONTAINS $name)
RETURN u.id AS id, u.name AS name, u.collective AS collective, u.regionCode AS regionCode, a.role AS role,
  p.documentId AS documentId, count(*) AS provisions
