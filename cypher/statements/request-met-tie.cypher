// A met introduction creates the KNOWS tie between asker and target (source 'introduction', last
// contact the meeting, strength 3), or strengthens an existing one by one step (at most 5) and
// moves its last contact forward. Parameters: $a, $b (person ids), $metOn (a date).
MATCH (a:Person {id: $a}), (b:Person {id: $b})
OPTIONAL MATCH (a)-[old:KNOWS]-(b)
CALL (a, b, old) {
  WITH old WHERE old IS NULL
  CREATE (a)-[:KNOWS {strength: 3, lastContact: date($metOn), source: 'introduction', visibility: 'public'}]->(b)
}
CALL (old) {
  WITH old WHERE old IS NOT NULL
  SET old.strength = CASE WHEN old.strength < 5 THEN old.strength + 1 ELSE 5 END,
      old.lastContact = CASE WHEN old.lastContact IS NULL OR old.lastContact < date($metOn)
                             THEN date($metOn) ELSE old.lastContact END
}
RETURN old IS NULL AS created
