// The network snapshot, one chunk of people at a time (a national network's million ties would
// not fit one transaction's time limit): declared ties from these people, of every visibility
// (only public ones become shared evidence; server/graph/sight.ts lays the others over it per
// viewer). Parameters: $personIds, $slice. A row per $slice people, column by column (a row per
// tie costs the driver an object per tie; lists of plain values decode several times faster; a
// row per slice keeps each decode short, so the API's event loop gets a turn between rows).
// collect() drops nulls, so every column holds a value for every tie: a, b (person ids),
// strength, contact (the last contact as the number YYYYMMDD, 0 when unknown), visibility
// ('public', 'organisation' or 'private'), context (the declared context, '' when none),
// contextEn (its English version, '' when none).
UNWIND range(0, size($personIds) - 1, $slice) AS from
CALL (from) {
  UNWIND $personIds[from..from + $slice] AS id
  MATCH (a:Person {id: id})-[r:KNOWS]->(b:Person)
  WITH a, b, r, date(r.lastContact) AS d
  RETURN collect(a.id) AS a, collect(b.id) AS b, collect(coalesce(r.strength, 0)) AS strength,
         collect(coalesce(d.year * 10000 + d.month * 100 + d.day, 0)) AS contact,
         collect(coalesce(r.visibility, 'public')) AS visibility, collect(coalesce(r.context, '')) AS context,
         collect(coalesce(r.contextEn, '')) AS contextEn
}
RETURN a, b, strength, contact, visibility, context, contextEn
