// Everything but the region tree (reference data): undoes a failed bulk load (src/graph/store.ts).
MATCH (n)
WHERE label(n) <> 'Region'
DETACH DELETE n
