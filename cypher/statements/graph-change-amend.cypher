// A second change recorded by the same write transaction (server/graph/changes.ts): widens the
// entry that transaction already made instead of making another, so every commit through the app
// makes exactly one entry (store.ts counts commits against entries). Answers the entry's version.
// Parameters: $people, $scope.
MATCH (v:GraphVersion {id: 'graph'})
MATCH (c:GraphChange {seq: v.seq})
SET c.people = c.people + [p IN $people WHERE NOT p IN c.people],
    c.scope = CASE
      WHEN 'all' IN [c.scope, $scope] THEN 'all'
      WHEN 'shared' IN [c.scope, $scope] THEN 'shared'
      WHEN 'people' IN [c.scope, $scope] THEN 'people'
      ELSE 'none'
    END
RETURN v.seq AS seq
