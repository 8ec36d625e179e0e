// The network snapshot (server/graph/load.ts): every person, whether they may appear in answers,
// the availability and STO fields the team composer and STO matching read (null when not
// recorded), and the names answers show. One row: people = [[id, discoverable, hoursPerMonth,
// takingRequests, stoRole, stoCapacity, name, nameKana, nameLatin], …].
RETURN COLLECT {
  MATCH (p:Person)
  RETURN [p.id, p.discoverable <> false, p.hoursPerMonth, p.takingRequests, p.stoRole, p.stoCapacity,
          p.name, p.nameKana, p.nameLatin]
} AS people
