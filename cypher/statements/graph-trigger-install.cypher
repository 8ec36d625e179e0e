// Installs (or replaces) the change-log trigger on the app's database, run on the system database:
// phase 'before', so its entry commits with the transaction it describes (graph-change-trigger).
// Parameters: $database, $name, $statement.
CALL apoc.trigger.install($database, $name, $statement, {phase: 'before'}) YIELD name
RETURN name
