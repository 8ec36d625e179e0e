// Saved views: an account's own ($owner, $ids null), newest first, or by id ($ids, any owner: a
// shared link). Parameters: $owner, $ids.
MATCH (v:SavedView)
WHERE ($ids IS NULL OR v.id IN $ids) AND ($owner IS NULL OR v.owner = $owner)
RETURN v.id AS id, v.owner AS owner, v.name AS name, v.state AS state, v.positions AS positions,
       v.introduction AS introduction, toString(v.created) AS created, toString(v.updated) AS updated
ORDER BY v.updated DESC, v.id
LIMIT 200
