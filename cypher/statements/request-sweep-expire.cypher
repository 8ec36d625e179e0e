// Open requests past their date become expired (to the asker, as a decline looks). Parameters:
// $now (epoch ms).
MATCH (r:IntroductionRequest {state: 'open'})-[:STEP {position: 0}]->(asker:Person)
WHERE r.expires < datetime({epochMillis: $now})
SET r.state = 'expired', r.updated = datetime({epochMillis: $now})
RETURN r.id AS id, asker.id AS askerId
