// Records a network analysis job the calling instance has started; only the 5 newest jobs are
// kept (server/features/assets/jobs.ts). Parameters: $id, $seq (the change log's version of the
// data analysed), $samples (or null), $startedAt (ISO text), $instance, $now (epoch ms).
CREATE (:AnalysisJob {
  id: $id, seq: $seq, samples: $samples, state: 'RUNNING', progress: 0.0, phase: 'starting',
  startedAt: $startedAt, instance: $instance, heartbeatAt: $now, created: $now
})
WITH 1 AS one
CALL () {
  MATCH (old:AnalysisJob)
  WITH old ORDER BY old.created DESC
  SKIP 5
  DELETE old
}
RETURN count(*) AS created
