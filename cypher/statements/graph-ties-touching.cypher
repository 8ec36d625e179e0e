// A delta of the network snapshot: every declared tie touching these people, in
// either direction, each once. Parameters: $personIds. One row, column by column, as graph-ties
// gives them: a, b, strength, contact, visibility, context, contextEn.
UNWIND $personIds AS id
MATCH (:Person {id: id})-[r:KNOWS]-(:Person)
WITH DISTINCT r
WITH startNode(r) AS a, endNode(r) AS b, r, date(r.lastContact) AS d
RETURN collect(a.id) AS a, collect(b.id) AS b, collect(coalesce(r.strength, 0)) AS strength,
       collect(coalesce(d.year * 10000 + d.month * 100 + d.day, 0)) AS contact,
       collect(coalesce(r.visibility, 'public')) AS visibility, collect(coalesce(r.context, '')) AS context,
       collect(coalesce(r.contextEn, '')) AS contextEn
