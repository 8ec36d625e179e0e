// A delta of the network snapshot: every non-private declared tie touching these people, in
// either direction, each once. Parameters: $personIds. One row per tie:
// [a, b, strength, lastContact or null, visibility].
UNWIND $personIds AS id
MATCH (:Person {id: id})-[r:KNOWS]-(:Person)
WHERE r.visibility IS NULL OR r.visibility <> 'private'
WITH DISTINCT r
RETURN [startNode(r).id, endNode(r).id, r.strength, toString(r.lastContact), coalesce(r.visibility, 'public')] AS tie
