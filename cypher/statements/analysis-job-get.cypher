// One network analysis job with its result (JSON text), by id, or the newest when $id is null
// (server/features/assets/jobs.ts). Parameters: $id.
MATCH (j:AnalysisJob)
WHERE $id IS NULL OR j.id = $id
RETURN j.id AS id, j.seq AS seq, j.samples AS samples, j.state AS state, j.progress AS progress,
       j.phase AS phase, j.startedAt AS startedAt, j.finishedAt AS finishedAt, j.error AS error,
       j.instance AS instance, j.heartbeatAt AS heartbeatAt, j.result AS result
ORDER BY j.created DESC
LIMIT 1
