// Creates or replaces nodes of kind {{label}} in one batch. Parameters: $rows [{id, props}].
UNWIND $rows AS row
MERGE (n:{{label}} {id: row.id})
ON CREATE SET n:Entity
SET n = row.props
