// Every introduction request with what calibration needs: its score and evidence when asked, how
// far it went, each position's decision, and whether anyone recorded that they met. No names,
// messages or reasons. Parameters: none.
MATCH (r:IntroductionRequest)
CALL (r) {
  MATCH (r)-[s:STEP]->(:Person)
  WITH s ORDER BY s.position
  // Wrapped in lists: collect() drops nulls, and a position without a decision must keep its place.
  RETURN [d IN collect([s.decision]) | d[0]] AS decisions, any(x IN collect(s.outcome) WHERE x = 'met') AS met
}
RETURN r.score AS score, r.evidence AS evidence, r.position AS position,
       CASE WHEN r.state = 'open' AND r.expires < datetime() THEN 'expired' ELSE r.state END AS state,
       decisions, met
