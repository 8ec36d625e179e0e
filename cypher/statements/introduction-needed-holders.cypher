// For suggestions to an organisation: discoverable people holding a skill the organisation needs
// (or a narrower one), with the need's priority. Parameters: $organisationId.
MATCH (o:Organisation {id: $organisationId})-[n:NEEDS]->(s:Skill)<-[:BROADER*0..]-(d:Skill)<-[:HAS_SKILL]-(p:Person)
WHERE p.discoverable <> false
RETURN p.id AS personId, s.id AS skillId, n.priority AS priority
