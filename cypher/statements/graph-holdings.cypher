// The network snapshot, one chunk of people at a time: who holds which skill at which level.
// Parameters: $personIds. One row per holding: [personId, skillId, level].
UNWIND $personIds AS id
MATCH (p:Person {id: id})-[h:HAS_SKILL]->(s:Skill)
RETURN [p.id, s.id, h.level] AS holding
