// Test support: deletes every node except the test marker (auto-commit, in batches).
MATCH (n) WHERE NOT n:TsunagariTestDatabase
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS
