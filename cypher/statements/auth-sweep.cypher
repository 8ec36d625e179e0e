// Housekeeping: deletes sessions past their absolute or idle end and expired sign-in links, at
// most $limit of each per call. Returns how many went. Parameters: $now, $idleMs, $limit.
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
RETURN sessions, links
