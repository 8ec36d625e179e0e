// Test support: every node with its labels and properties, in a stable order (the in-memory
// network's change log, server/graph/changes.ts, is bookkeeping, not data).
MATCH (n) WHERE NOT n:TsunagariTestDatabase AND NOT n:GraphChange AND NOT n:GraphVersion
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.key, n.id
