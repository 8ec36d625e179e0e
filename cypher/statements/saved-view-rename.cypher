// Renames an account's own saved view (nothing happens for anyone else's). Parameters: $id, $owner, $name.
MATCH (v:SavedView {id: $id, owner: $owner})
SET v.name = $name, v.updated = datetime()
RETURN v.id AS id
