// The network snapshot: the skill hierarchy (each skill with its broader skill, if any).
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:BROADER]->(b:Skill)
RETURN s.id AS id, b.id AS broader
