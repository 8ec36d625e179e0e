// Import: creates or updates nodes of kind {{label}} by id, in one batch. A property given as null
// is removed; properties the bundle does not mention (e.g. a demo node's dataset tag) are kept.
// Parameters: $rows [{id, props}].
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n:Entity
SET n += row.props
