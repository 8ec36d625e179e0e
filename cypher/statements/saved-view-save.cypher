// Saves a named view of the map for an account. The state, positions and introduction question are
// JSON strings of node keys and figures only (no names: nodes are read through the reader's sight).
// Parameters: $id, $owner (an account id), $name, $state, $positions, $introduction (JSON or null).
CREATE (v:SavedView {id: $id, owner: $owner, name: $name, state: $state, positions: $positions,
                     introduction: $introduction, created: datetime(), updated: datetime()})
RETURN v.id AS id
