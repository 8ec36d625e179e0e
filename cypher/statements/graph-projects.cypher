// The network snapshot: each project with its start and end dates and its participants (the
// dates place the project's evidence in time), in id order so that every read gives the same
// evidence order. No parameters.
MATCH (j:Project)<-[:WORKED_ON]-(p:Person)
RETURN j.id AS id, toString(j.start) AS start, toString(j.end) AS end, collect(p.id) AS participants
ORDER BY id
