// Import: creates or updates KNOWS ties, which are undirected and stored once: an existing tie in
// either direction is updated ($rows[].update, null removes), otherwise one is created from
// $rows[].create. Parameters: $rows [{from, to, create, update}].
UNWIND $rows AS row
MATCH (a:Person {id: row.from})
MATCH (b:Person {id: row.to})
OPTIONAL MATCH (a)-[old:KNOWS]-(b)
WITH a, b, row, head(collect(old)) AS old
FOREACH (_ IN CASE WHEN old IS NULL THEN [1] ELSE [] END | CREATE (a)-[r:KNOWS]->(b) SET r = row.create)
FOREACH (_ IN CASE WHEN old IS NULL THEN [] ELSE [1] END | SET old += row.update)
