// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (p:Provision {id: r.provisionId}), (u:Unit {id: r.unitId})
MERGE (p)-[:ASSIGNED_TO {role: r.role}]->(u)
