// Saves a team plan for an organisation. The question and the team are JSON strings of ids and
// figures only (no names: people are read as they are now). Parameters: $id, $organisationId,
// $name, $question, $team, $createdBy (an account id).
MATCH (o:Organisation {id: $organisationId})
CREATE (t:TeamPlan {id: $id, name: $name, question: $question, team: $team, createdBy: $createdBy,
                    created: datetime()})-[:PLAN_FOR]->(o)
RETURN t.id AS id
