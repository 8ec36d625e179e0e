// Tests only (run on the system database): resumes the change-log trigger after a test paused it.
// Parameters: $database, $name.
CALL apoc.trigger.start($database, $name) YIELD paused
RETURN paused
