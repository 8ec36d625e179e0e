// Merge: sets the combined properties of relationships that several records had with one other
// end (the stronger tie, the latest contact, both contexts). Parameters: $rows [{id, props}].
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
SET r += row.props
