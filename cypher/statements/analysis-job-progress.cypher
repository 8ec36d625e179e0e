// A running job's progress and its instance's heartbeat (at most every 2 s: server/features/assets/jobs.ts).
// Parameters: $id, $progress, $phase, $now (epoch ms).
MATCH (j:AnalysisJob {id: $id})
WHERE j.state = 'RUNNING'
SET j.progress = $progress, j.phase = $phase, j.heartbeatAt = $now
