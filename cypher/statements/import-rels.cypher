// Import: creates or updates relationships {{type}} from {{from}} to {{to}}, in one batch. A new
// one gets $rows[].create; an existing one gets $rows[].update merged in (null removes).
// Parameters: $rows [{from, to, create, update}].
UNWIND $rows AS row
MATCH (a:{{from}} {id: row.from})
MATCH (b:{{to}} {id: row.to})
MERGE (a)-[r:{{type}}]->(b)
ON CREATE SET r = row.create
ON MATCH SET r += row.update
