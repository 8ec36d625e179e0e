// Target candidates for a skill: discoverable holders of the skill or of any narrower skill, at
// or above a minimum level, with the skill and level that qualify them.
// Parameters: $skillId, $minLevel.
MATCH (s:Skill {id: $skillId})<-[:BROADER*0..]-(d:Skill)<-[h:HAS_SKILL]-(p:Person)
WHERE h.level >= $minLevel AND p.discoverable <> false
WITH p, d, h ORDER BY h.level DESC, d.id
WITH p, head(collect({skillId: d.id, level: h.level})) AS best
RETURN p.id AS personId, best.skillId AS skillId, best.level AS level
