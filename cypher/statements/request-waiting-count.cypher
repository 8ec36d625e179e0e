// How many open, unexpired requests wait for this person's answer (the header's badge).
// Parameters: $personId.
MATCH (p:Person {id: $personId})<-[s:STEP]-(r:IntroductionRequest {state: 'open'})
WHERE r.position = s.position AND r.expires >= datetime()
RETURN count(r) AS waiting
