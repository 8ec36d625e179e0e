// Deletes every node of one dataset ('demo', 'synthetic') with its relationships, in batches.
// Batches are small because hubs carry many relationships and each batch must fit in the
// per-transaction memory limit (db.memory.transaction.max). Auto-commit. Parameters: $dataset.
MATCH (n:Entity {dataset: $dataset})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 200 ROWS
