// First step of replacing a dataset: deletes the relationships leaving its nodes, in batches.
// Done apart from the nodes because some nodes are dense (a skill held by thousands of people):
// DETACH DELETE of such a node in one batch exceeds the per-transaction memory limit.
// Auto-commit. Parameters: $dataset.
MATCH (:Entity {dataset: $dataset})-[r]->()
CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS
