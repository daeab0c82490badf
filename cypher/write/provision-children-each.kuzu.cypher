// Kuzu, per row: write/provision-children runs this once per row with the row's fields as parameters, a
// primary-key lookup per end node instead of the scan per row that `UNWIND $rows … {id: r.x}`
// costs Kuzu 0.11 (see src/graph/kuzu/engine.ts and write/reaches-each.kuzu.cypher).
// @each-row IN rows
// @param parentId: STRING
// @param childId: STRING
// @param position: INTEGER
MATCH (parent:Provision {id: $parentId})
MATCH (child:Provision {id: $childId})
MERGE (parent)-[h:HAS_CHILD]->(child)
SET h.position = $position
