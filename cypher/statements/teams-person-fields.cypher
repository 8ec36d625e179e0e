// Team composer and STO matching: the people whose availability or STO role is recorded (everyone
// else has no stated hours, takes requests and is no STO). No parameters.
MATCH (p:Person)
WHERE p.hoursPerMonth IS NOT NULL OR p.takingRequests = false OR p.stoRole IS NOT NULL
RETURN p.id AS id, p.hoursPerMonth AS hoursPerMonth, p.takingRequests <> false AS takingRequests,
       p.stoRole AS stoRole, p.stoCapacity AS stoCapacity, p.discoverable <> false AS discoverable
ORDER BY id
