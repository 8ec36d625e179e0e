// Nodes by key, for answers that name them (introduction paths and their evidence).
// Hidden people are not returned. Parameters: $keys.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT (n:Person AND n.discoverable = false)
RETURN labels(n) AS labels, n {.*, searchText: null, email: null} AS node
