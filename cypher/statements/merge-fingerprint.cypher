// Merge: what the kept record looks like right after the merge; an undo checks it is unchanged.
// Parameters: $id, $fingerprint.
MATCH (m:Merge {id: $id})
SET m.fingerprint = $fingerprint
