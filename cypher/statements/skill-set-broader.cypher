// Points a skill at its broader skill ($broader null removes the link). Parameters: $id, $broader.
MATCH (s:Skill {id: $id})
OPTIONAL MATCH (s)-[old:BROADER]->()
DELETE old
WITH DISTINCT s
OPTIONAL MATCH (b:Skill {id: $broader})
FOREACH (_ IN CASE WHEN b IS NULL THEN [] ELSE [1] END | MERGE (s)-[:BROADER]->(b))
RETURN s.id AS id
