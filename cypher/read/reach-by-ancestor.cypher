// The provisions implementing each given provision directly or through intermediate levels, from
// the cascade closure, with the score of the strongest path and the shortest and longest path, and
// the provision's carriers (a cascade ranks its units from them).
// @param ids: LIST<STRING>
UNWIND $ids AS ancestorId
MATCH (d:Provision)-[r:REACHES]->(a:Provision {id: ancestorId})
RETURN a.id AS ancestorId, d.id AS id, d.documentId AS documentId, d.level AS level, d.regionCode AS regionCode, r.score AS score, r.depth AS depth, r.longest AS longest, d.carriers AS carriers
