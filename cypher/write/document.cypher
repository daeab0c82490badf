// An ingested document (turns a referenced-only node with the same id into an ingested one).
// @param id: STRING
// @param title: STRING
// @param originalTitle: STRING
// @param issuer: STRING
// @param docNumber: STRING
// @param date: STRING
// @param level: STRING
// @param regionCode: STRING
// @param regionName: STRING
// @param script: STRING
// @param sourceFile: STRING
// @param sourceFormat: STRING
// @param sha256: STRING
// @param url: STRING
// @param retrievedAt: STRING
// @param preamble: STRING
// @param forwardingNotice: STRING
// @param warnings: STRING
// @param provisionCount: INTEGER
MERGE (d:Document {id: $id})
SET d.title = $title, d.originalTitle = $originalTitle, d.titleKey = NULL, d.issuer = $issuer,
    d.docNumber = $docNumber, d.date = $date, d.level = $level, d.regionCode = $regionCode,
    d.regionName = $regionName, d.script = $script, d.sourceFile = $sourceFile,
    d.sourceFormat = $sourceFormat, d.sha256 = $sha256, d.url = $url, d.retrievedAt = $retrievedAt,
    d.preamble = $preamble, d.forwardingNotice = $forwardingNotice, d.warnings = $warnings,
    d.provisionCount = $provisionCount, d.referencedOnly = false
