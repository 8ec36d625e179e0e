// Deletes a team plan (a project made from it stays). Parameters: $id.
MATCH (t:TeamPlan {id: $id})
DETACH DELETE t
RETURN count(*) AS deleted
