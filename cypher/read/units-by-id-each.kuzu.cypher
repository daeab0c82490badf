// Kuzu, per key: read/units-by-id for a few keys runs this once per key (see src/graph/kuzu/engine.ts).
// @each id IN ids
// @param id: STRING
MATCH (u:Unit {id: $id})
RETURN u.id AS id, u.name AS name, u.collective AS collective, u.regionCode AS regionCode
