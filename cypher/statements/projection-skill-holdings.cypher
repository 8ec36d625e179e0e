// Introductions projection: who holds which skill at which level. One row per holding:
// [personId, skillId, level].
MATCH (p:Person)-[h:HAS_SKILL]->(s:Skill)
RETURN [p.id, s.id, h.level] AS holding
