// Runs that stopped: still 'running' but silent for $staleSeconds (a batch of 5,000 rows commits in
// seconds, so a run that has not moved for minutes has no process behind it). Parameters:
// $staleSeconds.
MATCH (r:ImportRun {state: 'running'})
WHERE r.updated < datetime() - duration({seconds: $staleSeconds})
RETURN r.id AS id, r.source AS source, r.done AS done, r.total AS total, toString(r.started) AS started
ORDER BY r.started DESC
