// The carriers of the given provisions (src/graph/carriers.ts): the unit assignments on each and on
// its outline descendants, from which a cascade ranks the units carrying it.
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (p:Provision {id: id})
RETURN p.id AS id, p.carriers AS carriers
