// A delta of the network snapshot: these people's rows as graph-people gives them (people who no
// longer exist are simply absent). Parameters: $personIds. One row per person: person = [id,
// discoverable, hoursPerMonth, takingRequests, stoRole, stoCapacity, name, nameKana, nameLatin].
UNWIND $personIds AS id
MATCH (p:Person {id: id})
RETURN [p.id, p.discoverable <> false, p.hoursPerMonth, p.takingRequests, p.stoRole, p.stoCapacity,
        p.name, p.nameKana, p.nameLatin] AS person
