// Accounts that chose a daily digest, not sent one for $hours, with requests waiting for their
// answer: marked sent, with their address, language and how many wait. Parameters: $now (epoch
// ms), $hours.
MATCH (a:Account {introductionDigest: true})-[:IS]->(p:Person)
WHERE a.digestSentAt IS NULL OR a.digestSentAt < datetime({epochMillis: $now}) - duration({hours: $hours})
CALL (p) {
  MATCH (p)<-[s:STEP]-(r:IntroductionRequest {state: 'open'})
  WHERE r.position = s.position AND r.expires >= datetime({epochMillis: $now})
  RETURN count(r) AS waiting
}
WITH a, waiting WHERE waiting > 0
SET a.digestSentAt = datetime({epochMillis: $now})
RETURN a.email AS email, coalesce(a.language, 'ja') AS language, waiting
