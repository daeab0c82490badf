// Every node with its properties (tests compare whole-graph dumps; not for large graphs).
MATCH (n)
RETURN label(n) AS label, n AS properties
