// Makes an account an instance administrator. Parameters: $id.
MATCH (a:Account {id: $id})
SET a.administrator = true
