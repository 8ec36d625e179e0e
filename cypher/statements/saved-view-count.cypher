// How many views an account has saved (server/features/views/saved-views.ts caps them).
// Parameters: $owner (an account id).
MATCH (v:SavedView {owner: $owner})
RETURN count(v) AS views
