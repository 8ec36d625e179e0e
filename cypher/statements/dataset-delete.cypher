// Deletes every node of one dataset ('demo', 'synthetic') with its relationships, in batches.
// Runs as an auto-commit transaction. Parameters: $dataset.
MATCH (n:Entity {dataset: $dataset})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS
