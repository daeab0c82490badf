// Every node with its properties (tests compare whole-graph dumps; not for large graphs).
MATCH (n)
RETURN labels(n)[0] AS label, properties(n) AS properties
