// Units no provision and no document refers to any more.
MATCH (u:Unit)
WHERE NOT EXISTS { MATCH (u)<-[:ASSIGNED_TO]-(:Provision) } AND NOT EXISTS { MATCH (u)<-[:ISSUED_BY]-(:Document) }
DETACH DELETE u
