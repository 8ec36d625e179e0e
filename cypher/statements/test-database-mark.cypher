// Test support: marks the database as the tests' own, so later runs may wipe it.
MERGE (:TsunagariTestDatabase {note: 'Tsunagari tests may wipe this database'})
