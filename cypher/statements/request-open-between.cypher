// An open, unexpired request from $asker to $target, if there is one. Parameters: $asker, $target.
MATCH (:Person {id: $asker})<-[:STEP {position: 0}]-(r:IntroductionRequest {state: 'open'})-[s:STEP]->(:Person {id: $target})
WHERE s.position = r.hops AND r.expires >= datetime()
RETURN r.id AS id
LIMIT 1
