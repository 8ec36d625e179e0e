// People who are not to be asked now: their account says "do not ask me for introductions", or
// they have been asked (as an introducer or the target) at least their monthly limit of times in
// the last 30 days. Parameters: none.
MATCH (a:Account)-[:IS]->(p:Person)
WHERE a.introductionsPaused = true OR a.introductionLimit IS NOT NULL
OPTIONAL MATCH (p)<-[s:STEP]-(r:IntroductionRequest)
WHERE s.position > 0 AND r.reached >= s.position AND r.created >= datetime() - duration({days: 30})
WITH a, p, count(r) AS received
WHERE a.introductionsPaused = true OR received >= a.introductionLimit
RETURN collect(p.id) AS unavailable
