// Test support: may the tests wipe this database? Only when it holds nothing, or only data that
// an earlier test run marked as its own. Parameters: none.
OPTIONAL MATCH (marker:TsunagariTestDatabase)
WITH count(marker) > 0 AS marked
RETURN marked, COUNT { MATCH (n) WHERE NOT n:TsunagariTestDatabase } AS others
