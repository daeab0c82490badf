// Every relationship with its endpoints' keys and its properties.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, coalesce(a.id, a.code, a.name) AS source, coalesce(b.id, b.code, b.name) AS target, properties(r) AS properties
