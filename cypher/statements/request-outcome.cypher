// The asker or the target says what came of an accepted introduction. Parameters: $id, $position
// (0 or the target's), $outcome ('met' | 'not-yet' | 'not-useful'), $note, $metOn (a date or null).
MATCH (r:IntroductionRequest {id: $id, state: 'accepted'})-[s:STEP {position: $position}]->(:Person)
SET s.outcome = $outcome, s.note = $note, s.metOn = CASE WHEN $metOn IS NULL THEN null ELSE date($metOn) END,
    s.outcomeAt = datetime(), r.updated = datetime()
RETURN r.id AS id
