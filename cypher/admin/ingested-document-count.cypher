MATCH (d:Document)
WHERE d.referencedOnly = false
RETURN count(d) AS count
