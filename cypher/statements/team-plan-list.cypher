// Team plans: of one organisation ($organisationId, $ids null) or by id ($ids), newest first, each
// with its organisation and the project made from it. Parameters: $organisationId, $ids.
MATCH (t:TeamPlan)-[:PLAN_FOR]->(o:Organisation)
WHERE ($ids IS NULL OR t.id IN $ids) AND ($organisationId IS NULL OR o.id = $organisationId)
OPTIONAL MATCH (t)-[:BECAME]->(j:Project)
RETURN t.id AS id, t.name AS name, toString(t.created) AS created, t.question AS question, t.team AS team,
       o.id AS organisationId, CASE WHEN j IS NULL THEN null ELSE j {.*} END AS project
ORDER BY t.created DESC, t.id
LIMIT 200
