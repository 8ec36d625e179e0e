// The relationships among the given nodes that an answer may show (ties the viewer may
// see). Parameters: $keys and the viewer's read scope.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.key IN $keys AND b.key IN $keys
  AND {{@tie-visible(r)}}
RETURN a.key AS source, b.key AS target, type(r) AS type, r {.*} AS rel
