// Documents cited but not ingested. Never overwrites an ingested document with the same id.
// @param rows: LIST<MAP{id, title, titleKey, issuer, docNumber, level}>
UNWIND $rows AS r
MERGE (d:Document {id: r.id})
WITH d, r
WHERE d.referencedOnly IS NULL OR d.referencedOnly = true
SET d.title = r.title, d.titleKey = r.titleKey, d.issuer = r.issuer, d.docNumber = r.docNumber,
    d.level = r.level, d.referencedOnly = true
