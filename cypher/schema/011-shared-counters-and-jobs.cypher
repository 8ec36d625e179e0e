// State that several API instances on one database share (docs/decisions/0022): per-client cost
// budgets (server/api/budget.ts), fixed-window counters of express-rate-limit
// (server/http/rate-store.ts) and network analysis jobs (server/features/assets/jobs.ts).
CREATE CONSTRAINT rate_bucket_client IF NOT EXISTS FOR (b:RateBucket) REQUIRE b.client IS UNIQUE;
CREATE INDEX rate_bucket_at IF NOT EXISTS FOR (b:RateBucket) ON (b.at);
CREATE CONSTRAINT rate_window_key IF NOT EXISTS FOR (w:RateWindow) REQUIRE w.key IS UNIQUE;
CREATE INDEX rate_window_reset IF NOT EXISTS FOR (w:RateWindow) ON (w.resetAt);
CREATE CONSTRAINT analysis_job_id IF NOT EXISTS FOR (j:AnalysisJob) REQUIRE j.id IS UNIQUE;
CREATE CONSTRAINT analysis_lock_id IF NOT EXISTS FOR (l:AnalysisLock) REQUIRE l.id IS UNIQUE;
