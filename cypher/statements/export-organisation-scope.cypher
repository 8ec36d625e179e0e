// Export: the keys of one organisation's part of the network — the organisation, its members,
// the projects it led or partnered in, the skills its members hold or it needs, and the broader
// skills above those. Parameters: $id (organisation id).
MATCH (o:Organisation {id: $id})
OPTIONAL MATCH (p:Person)-[:MEMBER_OF]->(o)
WITH o, collect(DISTINCT p) AS people
OPTIONAL MATCH (o)-[:LED|PARTNERED_IN]->(j:Project)
WITH o, people, collect(DISTINCT j) AS projects
CALL (o, people) {
  UNWIND people + [o] AS x
  MATCH (x)-[:HAS_SKILL|NEEDS]->(:Skill)-[:BROADER*0..]->(s:Skill)
  RETURN collect(DISTINCT s) AS skills
}
RETURN [n IN [o] + people + projects + skills | n.key] AS keys
