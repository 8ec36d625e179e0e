// The network snapshot: each project with its name (and English name), start and end dates (the
// dates place the project's evidence in time), and its participants with their roles ('' when none: collect()
// drops nulls), in id order so that every read gives the same evidence order. No parameters.
MATCH (j:Project)<-[w:WORKED_ON]-(p:Person)
RETURN j.id AS id, j.name AS name, j.nameEn AS nameEn, toString(j.start) AS start, toString(j.end) AS end,
       collect(p.id) AS participants, collect(coalesce(w.role, '')) AS roles
ORDER BY id
