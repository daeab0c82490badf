// Documents whose region is one of the given region codes (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS code
MATCH (d:Document {regionCode: code})
RETURN d.id AS id, d.title AS title, d.issuer AS issuer, d.docNumber AS docNumber, d.date AS date, d.level AS level, d.regionCode AS regionCode, d.sourceFile AS sourceFile, d.referencedOnly AS referencedOnly, d.originalTitle AS originalTitle, d.url AS url, d.warnings AS warnings
