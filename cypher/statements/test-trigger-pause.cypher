// Tests only (run on the system database): pauses the change-log trigger, to check how a commit
// made by hand is noticed without it (test/int/graph-refresh.int.test.ts).
// Parameters: $database, $name.
CALL apoc.trigger.stop($database, $name) YIELD paused
RETURN paused
