// A job ends: DONE with its result and every person's metrics (JSON texts, so any instance can
// answer them), or FAILED with why; a job already ended (reported failed because its instance fell
// silent) stays as it is (server/features/assets/jobs.ts).
// Parameters: $id, $state ('DONE' | 'FAILED'), $result, $metrics, $error, $finishedAt (ISO text).
MATCH (j:AnalysisJob {id: $id})
WHERE j.state = 'RUNNING'
SET j.state = $state, j.result = $result, j.metrics = $metrics, j.error = $error, j.finishedAt = $finishedAt,
    j.progress = CASE WHEN $state = 'DONE' THEN 1.0 ELSE j.progress END,
    j.phase = CASE WHEN $state = 'DONE' THEN null ELSE j.phase END
RETURN j.state AS state
