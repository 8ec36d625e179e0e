// The network snapshot (server/graph/load.ts): every person, whether they may appear in answers,
// and the availability and STO fields the team composer and STO matching read (null when not
// recorded). One row: people = [[id, discoverable, hoursPerMonth, takingRequests, stoRole, stoCapacity], …].
RETURN COLLECT {
  MATCH (p:Person)
  RETURN [p.id, p.discoverable <> false, p.hoursPerMonth, p.takingRequests, p.stoRole, p.stoCapacity]
} AS people
