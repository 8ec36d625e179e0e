// Second step of replacing a dataset: deletes its nodes (and the few relationships from outside
// that still touch them), in batches. Auto-commit. Parameters: $dataset.
MATCH (n:Entity {dataset: $dataset})
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS
