// @param rows: LIST<MAP{parentId, childId, position}>
UNWIND $rows AS r
MATCH (parent:Provision {id: r.parentId})
MATCH (child:Provision {id: r.childId})
MERGE (parent)-[h:HAS_CHILD]->(child)
SET h.position = r.position
