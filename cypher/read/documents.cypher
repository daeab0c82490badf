// Every document, ingested and referenced-only, for the API's filtered lists.
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.issuer AS issuer, d.docNumber AS docNumber, d.date AS date, d.level AS level, d.regionCode AS regionCode, d.sourceFile AS sourceFile, d.referencedOnly AS referencedOnly, d.originalTitle AS originalTitle, d.url AS url, d.warnings AS warnings
ORDER BY d.level, d.date, d.id
