// Test support (the restore drill): every relationship with its type, properties and the
// identities of its ends. Parameters: none.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, properties(r) AS props,
  coalesce(a.key, a.id, a.hash, elementId(a)) AS source, coalesce(b.key, b.id, b.hash, elementId(b)) AS target
