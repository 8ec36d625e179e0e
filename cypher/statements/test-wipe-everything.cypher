// Test support (the restore drill, on a database of its own): deletes every node (auto-commit).
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
