// The ids of a skill and all its broader ancestors (to refuse a cycle in the hierarchy).
// Parameters: $id.
MATCH (s:Skill {id: $id})-[:BROADER*0..]->(a:Skill)
RETURN collect(DISTINCT a.id) AS ids
