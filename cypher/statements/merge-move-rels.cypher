// Merge: re-points relationships of type {{type}} to the kept record, with every property and
// its type intact, and deletes the originals. Parameters: $rows [{id: the relationship's element
// id, from, to: element ids of the new ends}].
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.id
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[copy:{{type}}]->(b)
SET copy = properties(r)
DELETE r
RETURN count(*) AS moved
