// Introductions projection: each project with its end date and participants.
MATCH (j:Project)<-[:WORKED_ON]-(p:Person)
RETURN j.id AS id, toString(j.end) AS end, collect(p.id) AS participants
