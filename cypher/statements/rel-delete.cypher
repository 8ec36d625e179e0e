// Deletes relationship {{type}} between a {{from}} and a {{to}}. Parameters: $from, $to.
MATCH (:{{from}} {id: $from})-[r:{{type}}]->(:{{to}} {id: $to})
DELETE r
RETURN count(*) AS deleted
