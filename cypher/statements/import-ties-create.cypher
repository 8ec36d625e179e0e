// Import: creates KNOWS ties that validation found in neither direction (ties are undirected and
// stored once). A plain CREATE, no aggregation: the old MERGE-or-update in one statement
// (OPTIONAL MATCH both ways, then collect per row) cost most of a large import. A tie someone else
// created since validation is left alone rather than doubled. Parameters: $rows [{from, to, create}].
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
WHERE NOT EXISTS { (a)-[:KNOWS]-(b) }
CREATE (a)-[r:KNOWS]->(b)
SET r = row.create
