// Deletes an account's own saved view (nothing happens for anyone else's). Parameters: $id, $owner.
MATCH (v:SavedView {id: $id, owner: $owner})
DETACH DELETE v
RETURN count(*) AS deleted
