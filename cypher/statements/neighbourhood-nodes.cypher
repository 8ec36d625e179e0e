// The render data of the given nodes. Parameters: $keys.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN labels(n) AS labels, n {.*, searchText: null, email: null} AS node
