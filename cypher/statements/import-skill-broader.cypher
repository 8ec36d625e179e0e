// Import: points skills at their broader skill ($rows[].broader null removes the link), leaving an
// unchanged link in place so a re-import changes nothing. Parameters: $rows [{id, broader}].
UNWIND $rows AS row
MATCH (s:Skill {id: row.id})
OPTIONAL MATCH (s)-[old:BROADER]->(x:Skill)
WHERE row.broader IS NULL OR x.id <> row.broader
DELETE old
WITH DISTINCT s, row
OPTIONAL MATCH (b:Skill {id: row.broader})
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (s)-[:BROADER]->(b))
