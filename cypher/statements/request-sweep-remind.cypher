// Open requests that expire within $days of $now (epoch ms) and were not reminded yet: marked
// reminded, with whose turn it is and who asked. Parameters: $now, $days.
MATCH (asker:Person)<-[:STEP {position: 0}]-(r:IntroductionRequest {state: 'open'})-[s:STEP]->(p:Person)
WHERE s.position = r.position AND r.reminded = false
  AND r.expires >= datetime({epochMillis: $now})
  AND r.expires < datetime({epochMillis: $now}) + duration({days: $days})
SET r.reminded = true
RETURN r.id AS id, p.id AS personId, asker.id AS askerId
