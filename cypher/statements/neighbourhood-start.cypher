// Which of the requested start keys exist and may be shown to the viewer. Parameters: $keys and the
// viewer's read scope.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE {{@person-visible(n)}}
RETURN n.key AS key
