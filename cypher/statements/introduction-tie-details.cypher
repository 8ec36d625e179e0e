// Context of the declared (non-private) ties between pairs of people named in an answer.
// Parameters: $pairs [[a, b], …].
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]})-[r:KNOWS]-(b:Person {id: pair[1]})
WHERE coalesce(r.visibility, 'public') <> 'private'
RETURN pair[0] AS a, pair[1] AS b, r.strength AS strength, toString(r.lastContact) AS lastContact, r.context AS context
