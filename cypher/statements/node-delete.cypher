// Deletes a node of kind {{label}} with every relationship touching it.
// Parameters: $id. Returns how many relationships went with it.
MATCH (n:{{label}} {id: $id})
WITH n, COUNT { (n)--() } AS relationships
DETACH DELETE n
RETURN relationships
