// Test support: every node with its labels and properties, in a stable order (the in-memory
// network's change log, server/graph/changes.ts, and sessions and sign-in links, server/auth/,
// are bookkeeping, not data).
MATCH (n)
WHERE NOT n:TsunagariTestDatabase AND NOT n:GraphChange AND NOT n:GraphVersion AND NOT n:Session AND NOT n:SignInLink
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.key, n.id
