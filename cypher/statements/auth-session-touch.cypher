// Records that a session was used now (the idle timeout counts from here).
// Parameters: $hash, $now (epoch ms).
MATCH (s:Session {hash: $hash})
SET s.lastSeenAt = $now
