// Housekeeping: deletes sessions past their absolute or idle end, expired sign-in links and audit
// entries older than the retention period and write records past their 24 hours, at most $limit of
// each per call. Returns how many went.
// Parameters: $now, $idleMs, $auditBefore (epoch ms), $limit.
CALL () {
  MATCH (s:Session) WHERE s.expiresAt <= $now OR s.lastSeenAt + $idleMs <= $now
  WITH s LIMIT $limit
  DELETE s
  RETURN count(*) AS sessions
}
CALL () {
  MATCH (l:SignInLink) WHERE l.expiresAt <= $now
  WITH l LIMIT $limit
  DELETE l
  RETURN count(*) AS links
}
CALL () {
  MATCH (a:AuditEntry) WHERE a.at < $auditBefore
  WITH a LIMIT $limit
  DELETE a
  RETURN count(*) AS auditEntries
}
CALL () {
  MATCH (w:WriteRecord) WHERE w.expiresAt <= $now
  WITH w LIMIT $limit
  DELETE w
  RETURN count(*) AS writeRecords
}
RETURN sessions, links, auditEntries, writeRecords
