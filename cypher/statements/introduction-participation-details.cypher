// People's roles in projects named in an answer. Parameters: $rows [[personId, projectId], …].
UNWIND $rows AS row
MATCH (:Person {id: row[0]})-[w:WORKED_ON]->(:Project {id: row[1]})
RETURN row[0] AS personId, row[1] AS projectId, w.role AS role
