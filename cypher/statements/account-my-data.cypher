// Everything stored about a person, for their "My data" page and download: the record with every
// property (contact address included), and each relationship with its properties and the other
// end's id and name. Parameters: $personId.
MATCH (p:Person {id: $personId})
RETURN
  p {.*} AS person,
  COLLECT {
    MATCH (p)-[r:MEMBER_OF]->(o:Organisation)
    RETURN {organisationId: o.id, organisation: o.name, properties: properties(r)} ORDER BY o.id
  } AS memberships,
  COLLECT {
    MATCH (p)-[r:HAS_SKILL]->(s:Skill)
    RETURN {skillId: s.id, skill: coalesce(s.nameJa, s.nameEn), properties: properties(r)} ORDER BY s.id
  } AS skills,
  COLLECT {
    MATCH (p)-[r:WORKED_ON]->(j:Project)
    RETURN {projectId: j.id, project: j.name, properties: properties(r)} ORDER BY j.id
  } AS projects,
  COLLECT {
    MATCH (p)-[r:KNOWS]-(o:Person)
    RETURN {personId: o.id, person: o.name, properties: properties(r)} ORDER BY o.id
  } AS ties
