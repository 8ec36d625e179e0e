// Which of the requested start keys exist and may be shown. Parameters: $keys.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT (n:Person AND n.discoverable = false)
RETURN n.key AS key
