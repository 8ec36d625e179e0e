// STO matching: every need of every organisation (priority 1–5). No parameters.
MATCH (o:Organisation)-[n:NEEDS]->(s:Skill)
RETURN o.id AS organisationId, s.id AS skillId, n.priority AS priority
ORDER BY organisationId, skillId
