// The person whose turn it is decides: accept (on to the next person, or, from the target, the
// introduction is made), decline, or suggest someone else. Only while it is open, unexpired and
// still at $position, so a replay or a race changes nothing. Parameters: $id, $position,
// $decision ('accept' | 'decline' | 'suggest'), $reason, $suggestion (a person id or null), $last
// (the target's position).
MATCH (r:IntroductionRequest {id: $id, state: 'open', position: $position})-[s:STEP {position: $position}]->(:Person)
WHERE r.expires >= datetime() AND s.decision IS NULL
SET s.decision = $decision, s.reason = $reason, s.decidedAt = datetime(), r.updated = datetime()
SET r.state = CASE
      WHEN $decision = 'accept' AND $position = $last THEN 'accepted'
      WHEN $decision = 'accept' THEN 'open'
      WHEN $decision = 'decline' THEN 'declined'
      ELSE 'suggested' END,
    r.position = CASE WHEN $decision = 'accept' AND $position < $last THEN $position + 1 ELSE $position END,
    r.reached = CASE WHEN $decision = 'accept' AND $position < $last THEN $position + 1 ELSE r.reached END
WITH r
CALL (r) {
  WITH r WHERE $suggestion IS NOT NULL
  MATCH (x:Person {id: $suggestion})
  CREATE (r)-[:SUGGESTED]->(x)
}
RETURN r.state AS state, r.position AS position
