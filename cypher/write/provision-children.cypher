// @param rows: LIST<MAP>
UNWIND $rows AS r
MATCH (parent:Provision {id: r.parentId}), (child:Provision {id: r.childId})
MERGE (parent)-[h:HAS_CHILD]->(child)
SET h.position = r.position
