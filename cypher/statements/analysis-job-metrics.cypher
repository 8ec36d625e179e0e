// Every person's metrics of a finished network analysis job (JSON text), for an API instance other
// than the one that ran it (server/features/assets/jobs.ts). Parameters: $id.
MATCH (j:AnalysisJob {id: $id})
RETURN j.metrics AS metrics
