// Test support: every node with its labels and properties, in a stable order.
MATCH (n) WHERE NOT n:TsunagariTestDatabase
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.key, n.id
