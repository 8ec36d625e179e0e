// The requests a person is on and may see: those they asked, and those that have reached them.
// Newest first, at most $limit. Parameters: $personId, $limit.
MATCH (p:Person {id: $personId})<-[s:STEP]-(r:IntroductionRequest)
WHERE s.position = 0 OR r.reached >= s.position
RETURN r.id AS id
ORDER BY r.created DESC
LIMIT $limit
