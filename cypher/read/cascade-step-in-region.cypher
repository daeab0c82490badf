// One lean step down a cascade kept to a region: like read/cascade-step, but only through
// provisions inside the region (GB/T 2260 code prefix) or of the regions above it, so a national
// requirement's cascade in one province reads that province's plans only.
// @param ids: LIST<STRING>
// @param minScore: FLOAT
// @param regionPrefix: STRING
// @param regionsAbove: LIST<STRING>
UNWIND $ids AS targetId
MATCH (p:Provision)-[r:IMPLEMENTS]->(:Provision {id: targetId})
WHERE r.score >= $minScore AND (p.regionCode STARTS WITH $regionPrefix OR p.regionCode IN $regionsAbove)
RETURN targetId, p.id AS sourceId, r.score AS score, r.method AS method, p.documentId AS documentId, p.level AS level, p.regionCode AS regionCode
