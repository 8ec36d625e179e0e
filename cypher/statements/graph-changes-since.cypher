// The change log since a version: the current version (0 when nothing was ever recorded) and
// the entries after $since, oldest first. When the first entry is not $since + 1, entries were
// dropped (or the database was replaced) and the reader must read everything again; so must it
// when the log's epoch is not the one it read before (the log was started afresh).
// Parameters: $since (an integer).
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
WITH coalesce(v.seq, 0) AS version, v.epoch AS epoch
RETURN version, epoch,
       COLLECT { MATCH (c:GraphChange) WHERE c.seq > $since RETURN [c.seq, c.scope, c.people] ORDER BY c.seq } AS changes
