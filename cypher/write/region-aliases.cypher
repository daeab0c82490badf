// Only regions that have aliases (an empty list cannot be bound on Kuzu; absent means none).
// @param rows: LIST<MAP{code, aliases}>
UNWIND $rows AS r
MATCH (g:Region {code: r.code})
SET g.aliases = r.aliases
