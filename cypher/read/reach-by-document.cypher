// Coverage from the cascade closure: for each requirement, the documents with provisions
// implementing it directly or through intermediate levels, how many, the strongest path's score,
// and the longest path (a walk shorter than that may not report the same score). Grouped by the
// document stored on each row: grouping by the descendant node's documentId cost Kuzu 4× as much.
// @param ids: LIST<STRING>
UNWIND $ids AS ancestorId
MATCH (:Provision)-[r:REACHES]->(a:Provision {id: ancestorId})
RETURN a.id AS ancestorId, r.documentId AS documentId, count(*) AS provisions, max(r.score) AS bestScore, max(r.longest) AS longest
