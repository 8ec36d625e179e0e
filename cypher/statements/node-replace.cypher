// Replaces the properties of an existing node of kind {{label}} (an update after validation of
// the merged result). Parameters: $id, $props.
MATCH (n:{{label}} {id: $id})
SET n = $props
RETURN n {.*} AS node
