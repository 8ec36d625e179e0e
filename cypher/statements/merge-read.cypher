// Merge support: the records being merged (by key), each with every relationship touching it.
// Parameters: $keys [string]. Other ends are named by key when they are records, otherwise by
// element id (accounts, requests, aliases), which the merge does not change.
MATCH (n:Entity)
WHERE n.key IN $keys
RETURN n.key AS key, elementId(n) AS element, labels(n) AS labels, properties(n) AS props,
       [(n)-[r]-(m) | {id: elementId(r), type: type(r), out: startNode(r) = n, other: elementId(m), otherKey: CASE WHEN m:Entity THEN m.key END,
                      props: properties(r)}] AS rels
