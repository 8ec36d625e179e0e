// Test support: every node with its labels and properties, in a stable order (the in-memory
// network's change log, server/graph/changes.ts, and sessions, sign-in links and the audit log,
// server/auth/, import runs and write records, rate-limit counters and analysis jobs are bookkeeping,
// not data).
MATCH (n)
WHERE NOT n:TsunagariTestDatabase AND NOT n:GraphChange AND NOT n:GraphVersion AND NOT n:Session AND NOT n:SignInLink
  AND NOT n:AuditEntry AND NOT n:ImportRun AND NOT n:WriteRecord
  AND NOT n:RateBucket AND NOT n:RateWindow AND NOT n:AnalysisJob AND NOT n:AnalysisLock
RETURN labels(n) AS labels, properties(n) AS props
ORDER BY n.key, n.id
