// The network snapshot: every project (those nobody has worked on too, so search finds them) with
// its name (and English name), start and end dates (the dates place the project's evidence in
// time), its description and English description (search matches words in them), and its
// participants as [person id, role ('' when none)] pairs, in id order so that every read gives the
// same evidence order. No parameters.
MATCH (j:Project)
RETURN j.id AS id, j.name AS name, j.nameEn AS nameEn, toString(j.start) AS start, toString(j.end) AS end,
       j.description AS description, j.descriptionEn AS descriptionEn,
       [(j)<-[w:WORKED_ON]-(p:Person) | [p.id, coalesce(w.role, '')]] AS participants
ORDER BY id
