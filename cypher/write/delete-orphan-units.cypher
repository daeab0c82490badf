// Units no provision and no document refers to any more. Written as OPTIONAL MATCH + count, not
// `NOT EXISTS { MATCH (u)<-[:ASSIGNED_TO]-() }`: Kuzu 0.11.3 misses relationships created earlier
// in the same transaction in that backward EXISTS form after a checkpoint (docs/graph-model.md).
MATCH (u:Unit)
OPTIONAL MATCH (p:Provision)-[:ASSIGNED_TO]->(u)
WITH u, count(p) AS assignments
OPTIONAL MATCH (d:Document)-[:ISSUED_BY]->(u)
WITH u, assignments, count(d) AS issued
WHERE assignments = 0 AND issued = 0
DETACH DELETE u
