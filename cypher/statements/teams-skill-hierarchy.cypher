// Team composer's skill picker: every skill with its broader skill and how many discoverable
// people hold it (at any level). No parameters.
MATCH (s:Skill)
OPTIONAL MATCH (s)-[:BROADER]->(b:Skill)
RETURN s {.*, searchText: null} AS skill, b.id AS broaderId,
       COUNT { (s)<-[:HAS_SKILL]-(p:Person) WHERE p.discoverable <> false } AS holders
ORDER BY s.id
