// Import: keeps each matched row's own id as an alias of the record it was matched to (created
// or moved to that record). A record that is not there (its row was skipped) gets none.
// Parameters: $rows [{key: "<Kind>:<alias>", kind, alias, target: the record's key}].
UNWIND $rows AS row
MATCH (n:Entity {key: row.target})
MERGE (a:Alias {key: row.key})
SET a.kind = row.kind, a.id = row.alias
WITH a, n
OPTIONAL MATCH (a)-[old:ALIAS_OF]->(m)
WHERE m <> n
DELETE old
MERGE (a)-[:ALIAS_OF]->(n)
