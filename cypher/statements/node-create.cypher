// Creates a node of kind {{label}}; the id/key constraints reject duplicates.
// Parameters: $props (all properties, including id, key and searchText).
CREATE (n:{{label}}:Entity)
SET n = $props
RETURN n {.*} AS node
