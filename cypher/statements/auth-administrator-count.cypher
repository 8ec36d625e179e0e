// How many instance administrators exist. Parameters: none.
MATCH (a:Account {administrator: true})
RETURN count(a) AS administrators
