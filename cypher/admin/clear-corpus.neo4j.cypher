// Everything but the region tree (reference data): undoes a failed bulk load (src/graph/store.ts).
MATCH (n)
WHERE NOT n:Region
DETACH DELETE n
