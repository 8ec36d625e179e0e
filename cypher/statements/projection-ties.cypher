// Introductions projection: declared ties that a path may use (private ones never leave the
// database). One row per tie: [a, b, strength, lastContact or null, visibility].
MATCH (a:Person)-[r:KNOWS]->(b:Person)
WHERE r.visibility IS NULL OR r.visibility <> 'private'
RETURN [a.id, b.id, r.strength, toString(r.lastContact), coalesce(r.visibility, 'public')] AS tie
