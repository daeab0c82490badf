// Numeric target values, only where known (see src/graph/kuzu/params.ts for why apart).
// @param rows: LIST<MAP{id, value}>
UNWIND $rows AS r
MATCH (t:Target {id: r.id})
SET t.value = r.value
