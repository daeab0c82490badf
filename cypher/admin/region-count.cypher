MATCH (g:Region)
RETURN count(g) AS count
