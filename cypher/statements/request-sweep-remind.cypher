// Open requests that expire within $days of $now (epoch ms) and were not reminded yet: marked
// reminded, with whose turn it is. Parameters: $now, $days.
MATCH (r:IntroductionRequest {state: 'open'})-[s:STEP]->(p:Person)
WHERE s.position = r.position AND r.reminded = false
  AND r.expires >= datetime({epochMillis: $now})
  AND r.expires < datetime({epochMillis: $now}) + duration({days: $days})
SET r.reminded = true
RETURN r.id AS id, p.id AS personId
