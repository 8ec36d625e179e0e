// Test support: deletes every node except the test marker and the accounts and sessions of the
// run's signed-in test clients (auth-*.cypher), in batches (auto-commit).
MATCH (n) WHERE NOT n:TsunagariTestDatabase AND NOT n:Account AND NOT n:Session
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
