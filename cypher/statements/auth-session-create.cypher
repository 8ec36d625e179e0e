// Starts a session (stored by the hash of its id) and ends this account's expired ones.
// Parameters: $hash, $accountId, $now, $expiresAt (epoch ms; the absolute limit), $idleMs.
CALL () {
  MATCH (old:Session {accountId: $accountId})
  WHERE old.expiresAt < $now OR old.lastSeenAt + $idleMs < $now
  DELETE old
}
CREATE (s:Session {hash: $hash, accountId: $accountId, createdAt: $now, lastSeenAt: $now, expiresAt: $expiresAt})
RETURN s.hash AS hash
