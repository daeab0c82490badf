// Regions a failed bulk load added (ones the gazetteer lacked), with their edges.
// @param codes: LIST<STRING>
MATCH (g:Region)
WHERE g.code IN $codes
DETACH DELETE g
