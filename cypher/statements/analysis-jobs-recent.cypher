// The kept network analysis jobs, newest first, without their results (server/features/assets/jobs.ts).
// No parameters.
MATCH (j:AnalysisJob)
RETURN j.id AS id, j.seq AS seq, j.samples AS samples, j.state AS state, j.progress AS progress,
       j.phase AS phase, j.startedAt AS startedAt, j.finishedAt AS finishedAt, j.error AS error,
       j.instance AS instance, j.heartbeatAt AS heartbeatAt
ORDER BY j.created DESC
LIMIT 5
