// The documents of the given provisions.
// @param ids: LIST<STRING>
MATCH (p:Provision)
WHERE p.id IN $ids
RETURN DISTINCT p.documentId AS documentId
