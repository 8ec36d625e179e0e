// A running job whose instance has not reported for a while (it stopped or lost the database) is
// failed, so nobody waits for it and the next start begins a new one (server/features/assets/jobs.ts).
// Parameters: $id, $before (epoch ms: heartbeats older than this are silent), $error, $finishedAt (ISO text).
MATCH (j:AnalysisJob {id: $id})
WHERE j.state = 'RUNNING' AND j.heartbeatAt < $before
SET j.state = 'FAILED', j.error = $error, j.finishedAt = $finishedAt
RETURN j.state AS state
