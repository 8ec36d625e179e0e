// The relationships among the given nodes that an answer may show (no private ties).
// Parameters: $keys.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.key IN $keys AND b.key IN $keys
  AND NOT (type(r) = 'KNOWS' AND r.visibility = 'private')
RETURN a.key AS source, b.key AS target, type(r) AS type, r {.*} AS rel
