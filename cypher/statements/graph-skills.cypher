// The network snapshot: the skill hierarchy (each skill with its broader skill, if any) and the
// fields answers show.
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:BROADER]->(b:Skill)
RETURN s.id AS id, b.id AS broader, s.nameJa AS nameJa, s.nameEn AS nameEn, s.category AS category
