// Takes the network analysis lock for the rest of this write transaction, so that two API
// instances starting an analysis at once start one (server/features/assets/jobs.ts).
// Parameters: $now (epoch ms).
MERGE (l:AnalysisLock {id: 'network'})
SET l.at = $now
