// Import: updates KNOWS ties that validation found stored, in whichever direction they are stored
// ($rows[].update merged in, null removes). New ties are written by import-ties-create.
// Parameters: $rows [{from, to, update}].
UNWIND $rows AS row
MATCH (a:Person {id: row.from})-[r:KNOWS]-(b:Person {id: row.to})
SET r += row.update
