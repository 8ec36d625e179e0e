// Records when sessions were last used (the idle timeout counts from there), for several sessions
// in one write: uses are collected for a moment and written together (server/auth/service.ts), so
// fifty sessions due at once are one transaction, not fifty queued on the change log's version.
// A later use already recorded is kept. Parameters: $touches ([{hash, at}], at in epoch ms).
UNWIND $touches AS touch
MATCH (s:Session {hash: touch.hash})
SET s.lastSeenAt = CASE WHEN s.lastSeenAt >= touch.at THEN s.lastSeenAt ELSE touch.at END
