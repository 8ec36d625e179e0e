// One relationship {{type}} from a {{from}} to a {{to}}, by their ids. Parameters: $from, $to.
MATCH (:{{from}} {id: $from})-[r:{{type}}]->(:{{to}} {id: $to})
RETURN r {.*} AS rel
