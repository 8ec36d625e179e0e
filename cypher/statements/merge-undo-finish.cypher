// Undo a merge: the archive goes, the merge stays in the list marked undone. Parameters: $id.
MATCH (m:Merge {id: $id})
SET m.undoneAt = datetime()
WITH m
MATCH (m)-[:ARCHIVE]->(a:MergeArchive)
DETACH DELETE a
