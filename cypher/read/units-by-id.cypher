// Units by ID (API loader).
// @param ids: LIST<STRING>
UNWIND $ids AS id
MATCH (u:Unit {id: id})
RETURN u.id AS id, u.name AS name, u.collective AS collective, u.regionCode AS regionCode
