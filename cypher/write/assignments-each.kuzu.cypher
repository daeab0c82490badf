// Kuzu, per row: write/assignments runs this once per row with the row's fields as parameters, a
// primary-key lookup per end node instead of the scan per row that `UNWIND $rows … {id: r.x}`
// costs Kuzu 0.11 (see src/graph/kuzu/engine.ts and write/reaches-each.kuzu.cypher).
// @each-row IN rows
// @param provisionId: STRING
// @param unitId: STRING
// @param role: STRING
MATCH (p:Provision {id: $provisionId})
MATCH (u:Unit {id: $unitId})
MERGE (p)-[:ASSIGNED_TO {role: $role}]->(u)
