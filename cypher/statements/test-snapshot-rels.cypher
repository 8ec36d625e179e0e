// Test support: every relationship with its ends and properties, in a stable order.
MATCH (a)-[r]->(b)
RETURN coalesce(a.key, a.id) AS from, type(r) AS type, coalesce(b.key, b.id) AS to, properties(r) AS props
ORDER BY from, type, to
