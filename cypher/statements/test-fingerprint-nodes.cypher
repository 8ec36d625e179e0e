// Test support (the restore drill): every node with its labels and properties, bookkeeping
// included. Parameters: none.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS props
