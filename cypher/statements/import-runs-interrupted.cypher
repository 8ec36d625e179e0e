// Runs that stopped: still 'running' but silent for $staleSeconds (a batch of 5,000 rows commits in
// seconds, so a run that has not moved for minutes has no process behind it). Parameters:
// $staleSeconds, $organisation (an organisation's imports only; null: every run).
MATCH (r:ImportRun {state: 'running'})
WHERE r.updated < datetime() - duration({seconds: $staleSeconds})
  AND ($organisation IS NULL OR r.organisation = $organisation)
RETURN r.id AS id, r.source AS source, r.done AS done, r.total AS total, toString(r.started) AS started
ORDER BY r.started DESC
