// Creates or replaces a node of kind {{label}} by id; running it twice changes nothing more.
// Parameters: $id, $props (all properties, including id, key and searchText).
MERGE (n:{{label}} {id: $id})
ON CREATE SET n:Entity
SET n = $props
RETURN n {.*} AS node
