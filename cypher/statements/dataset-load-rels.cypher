// Creates or replaces relationships {{type}} from {{from}} to {{to}} in one batch.
// Parameters: $rows [{from, to, props}].
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
SET r = row.props
