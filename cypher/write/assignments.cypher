// @param rows: LIST<MAP{provisionId, unitId, role}>
UNWIND $rows AS r
MATCH (p:Provision {id: r.provisionId})
MATCH (u:Unit {id: r.unitId})
MERGE (p)-[:ASSIGNED_TO {role: r.role}]->(u)
