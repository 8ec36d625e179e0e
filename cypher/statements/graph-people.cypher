// The network snapshot (server/graph/load.ts): every person, whether they may appear in answers,
// the availability and STO fields the team composer and STO matching read (null when not
// recorded), and the names answers show. A row per $slice people (each decode stays short, see
// graph-ties; no row when there is nobody): people = [[id, discoverable, hoursPerMonth,
// takingRequests, stoRole, stoCapacity, name, nameKana, nameLatin], …]. Parameters: $slice.
MATCH (p:Person)
WITH collect([p.id, p.discoverable <> false, p.hoursPerMonth, p.takingRequests, p.stoRole, p.stoCapacity,
              p.name, p.nameKana, p.nameLatin]) AS everyone
UNWIND range(0, size(everyone) - 1, $slice) AS from
RETURN everyone[from..from + $slice] AS people
