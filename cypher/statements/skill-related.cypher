// A skill's broader skill and its narrower skills. Parameters: $id.
MATCH (s:Skill {id: $id})
OPTIONAL MATCH (s)-[:BROADER]->(b:Skill)
WITH s, b
OPTIONAL MATCH (s)<-[:BROADER]-(n:Skill)
WITH b, n ORDER BY n.nameEn, n.id
RETURN b {.*} AS broader, collect(n {.*}) AS narrower
