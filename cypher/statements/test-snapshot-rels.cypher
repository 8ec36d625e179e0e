// Test support: every relationship with its ends and properties, in a stable order.
MATCH (a)-[r]->(b)
RETURN a.key AS from, type(r) AS type, b.key AS to, properties(r) AS props
ORDER BY from, type, to
