// Merge: deletes relationships by element id (the parallel ones a combined relationship replaces,
// and those between two of the merged records). Parameters: $ids.
UNWIND $ids AS id
MATCH ()-[r]->()
WHERE elementId(r) = id
DELETE r
