// A new introduction request along $people (asker first, target last; every one exists), asked of
// the first intermediary, with each hop's evidence as it was (JSON, for calibration: no names, no
// tie contexts). Parameters: $id, $people, $message, $score, $days (until it expires), $evidence.
CREATE (r:IntroductionRequest {
  id: $id, state: 'open', position: 1, reached: 1, message: $message, score: $score,
  hops: size($people) - 1, created: datetime(), updated: datetime(),
  expires: datetime() + duration({days: $days}), reminded: false, evidence: $evidence
})
WITH r
UNWIND range(0, size($people) - 1) AS i
MATCH (p:Person {id: $people[i]})
CREATE (r)-[:STEP {position: i}]->(p)
RETURN DISTINCT r.id AS id
