// Makes a project from a team plan, once: the project, led by the plan's organisation, and the
// plan's link to it, in one statement. Nothing happens when the plan already has a project (the
// caller reads that as a conflict). Parameters: $id (the plan), $props (the project's properties).
MATCH (t:TeamPlan {id: $id})-[:PLAN_FOR]->(o:Organisation)
WHERE NOT (t)-[:BECAME]->(:Project)
CREATE (j:Project:Entity)
SET j = $props
CREATE (o)-[:LED]->(j)
CREATE (t)-[:BECAME]->(j)
RETURN j.id AS projectId
