// Someone stopped taking introduction requests: the open requests waiting for their answer end
// now, as an expiry does (the asker cannot tell it from a decline). Returns each request's asker.
// Parameters: $personId.
MATCH (p:Person {id: $personId})<-[s:STEP]-(r:IntroductionRequest {state: 'open'})-[:STEP {position: 0}]->(asker:Person)
WHERE r.position = s.position AND s.position > 0
SET r.state = 'expired', r.expires = datetime(), r.updated = datetime()
RETURN r.id AS id, asker.id AS askerId
