// Every ingested document with the properties the linker needs (the API relinks from the store).
MATCH (d:Document)
WHERE d.referencedOnly = false
RETURN d.id AS id, d.title AS title, d.originalTitle AS originalTitle, d.issuer AS issuer,
  d.docNumber AS docNumber, d.date AS date, d.level AS level, d.regionCode AS regionCode,
  d.regionName AS regionName, d.script AS script, d.sourceFile AS sourceFile,
  d.sourceFormat AS sourceFormat, d.sha256 AS sha256, d.url AS url, d.retrievedAt AS retrievedAt,
  d.preamble AS preamble, d.forwardingNotice AS forwardingNotice, d.warnings AS warnings
ORDER BY id
