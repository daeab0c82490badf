// A document's provisions, with level and region denormalized for fast filtering.
// @param documentId: STRING
// @param level: STRING
// @param regionCode: STRING
// @param rows: LIST<MAP{id, path, parentPath, kind, ordinal, ordinalNumber, position, depth, title, text, original, searchText, carriers}>
MATCH (d:Document {id: $documentId})
UNWIND $rows AS r
MERGE (p:Provision {id: r.id})
SET p.documentId = $documentId, p.path = r.path, p.parentPath = r.parentPath, p.kind = r.kind,
    p.ordinal = r.ordinal, p.ordinalNumber = r.ordinalNumber, p.position = r.position,
    p.depth = r.depth, p.title = r.title, p.text = r.text, p.original = r.original,
    p.level = $level, p.regionCode = $regionCode, p.searchText = r.searchText,
    p.carriers = r.carriers
MERGE (d)-[h:HAS_PROVISION]->(p)
SET h.position = r.position
