// Where the team composer starts for a project ($id): the project, its organisations (the lead
// first, then partners, each in id order), the team plan it was made from (with that plan's
// organisation and question) and its participants in id order. No row when there is no such
// project. Parameters: $id.
MATCH (j:Project {id: $id})
OPTIONAL MATCH (o:Organisation)-[r:LED|PARTNERED_IN]->(j)
WITH j, o ORDER BY CASE type(r) WHEN 'LED' THEN 0 ELSE 1 END, o.id
WITH j, collect(o.id) AS organisationIds
OPTIONAL MATCH (t:TeamPlan)-[:BECAME]->(j)
OPTIONAL MATCH (t)-[:PLAN_FOR]->(po:Organisation)
OPTIONAL MATCH (p:Person)-[:WORKED_ON]->(j)
WITH j, organisationIds, t, po, p ORDER BY p.id
RETURN j {.*} AS project, organisationIds, t.id AS planId, po.id AS planOrganisationId,
       collect(p.id) AS participants
