// Test support: the demo project with a lead organisation and the most participants (ties broken
// by id), with its lead and its discoverable participants. No parameters.
MATCH (o:Organisation)-[:LED]->(j:Project)<-[:WORKED_ON]-(p:Person)
WITH j, o, collect(p) AS people
ORDER BY size(people) DESC, j.id
LIMIT 1
RETURN j.id AS projectId, o.id AS lead,
       [p IN people WHERE coalesce(p.discoverable, true) | p.id] AS people,
       size(people) AS participants
