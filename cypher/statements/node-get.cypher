// One node of kind {{label}} by id. Parameters: $id.
MATCH (n:{{label}} {id: $id})
RETURN n {.*} AS node
