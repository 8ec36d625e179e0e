// Introduction requests with everyone on them, for the service to decide what a viewer sees.
// An open request past its expiry reads as expired. Parameters: $ids.
MATCH (r:IntroductionRequest)
WHERE r.id IN $ids
CALL (r) {
  MATCH (r)-[s:STEP]->(p:Person)
  WITH s, p ORDER BY s.position
  RETURN collect({
    position: s.position, personId: p.id, decision: s.decision, reason: s.reason,
    outcome: s.outcome, note: s.note, metOn: toString(s.metOn)
  }) AS steps
}
OPTIONAL MATCH (r)-[:SUGGESTED]->(x:Person)
RETURN r.id AS id,
       CASE WHEN r.state = 'open' AND r.expires < datetime() THEN 'expired' ELSE r.state END AS state,
       r.position AS position, r.reached AS reached, r.message AS message, r.score AS score,
       toString(r.created) AS created, toString(r.expires) AS expires, steps, x.id AS suggestion
