// The change log that keeps every API instance's in-memory network current (server/graph/changes.ts):
// called inside each write transaction that changes what the network holds, it bumps the graph
// version and records which people's rows changed ($people) and whether the small shared tables
// (projects, organisations, skills, needs) or everything ($scope 'people' | 'shared' | 'all')
// must be read again. Entries far behind the version are dropped. Answers the new version (the
// writer hands it to its client, so another instance can catch up to it: server/graph/seen.ts).
// The version's epoch is drawn once, when the version node is made: a log started afresh (a wiped
// or restored database) has another, so no reader mistakes its numbers for the old log's.
// Parameters: $people, $scope.
MERGE (v:GraphVersion {id: 'graph'})
SET v.seq = coalesce(v.seq, 0) + 1, v.epoch = coalesce(v.epoch, randomUUID())
CREATE (:GraphChange {seq: v.seq, people: $people, scope: $scope, at: datetime()})
WITH v
CALL (v) {
  MATCH (old:GraphChange)
  WHERE old.seq <= v.seq - 5000
  DELETE old
}
RETURN v.seq AS seq
