// The network snapshot, one chunk of people at a time (a national network's million ties would
// not fit one transaction's time limit): declared ties from these people that a path may use
// (private ones never leave the database). Parameters: $personIds. One row per tie:
// [a, b, strength, lastContact or null, visibility].
UNWIND $personIds AS id
MATCH (a:Person {id: id})-[r:KNOWS]->(b:Person)
WHERE r.visibility IS NULL OR r.visibility <> 'private'
RETURN [a.id, b.id, r.strength, toString(r.lastContact), coalesce(r.visibility, 'public')] AS tie
