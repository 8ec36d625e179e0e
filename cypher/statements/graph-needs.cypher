// The network snapshot: the skills organisations need, with priority 1–5. One row each:
// [organisationId, skillId, priority].
MATCH (o:Organisation)-[n:NEEDS]->(s:Skill)
RETURN [o.id, s.id, n.priority] AS need
