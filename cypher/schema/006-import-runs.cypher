// Large imports commit batch by batch; each records its run (server/features/data/import/runs.ts)
// so that one stopped half-way is known and shown until the same bundle is imported again.
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (r:ImportRun) REQUIRE r.id IS UNIQUE;
CREATE INDEX import_run_state IF NOT EXISTS FOR (r:ImportRun) ON (r.state);
