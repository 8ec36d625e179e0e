// The network snapshot: every project (those nobody has worked on too, so search finds them) with
// its name (and English name), start and end dates (the dates place the project's evidence in
// time), its description and English description (search matches words in them), its
// participants as [person id, role ('' when none)] pairs, and the organisations that led it or
// partnered in it (the explorer draws them) as [organisation id, 'LED' or 'PARTNERED_IN'] pairs;
// in id order so that every read gives the same evidence order. No parameters.
MATCH (j:Project)
RETURN j.id AS id, j.name AS name, j.nameEn AS nameEn, toString(j.start) AS start, toString(j.end) AS end,
       j.description AS description, j.descriptionEn AS descriptionEn,
       [(j)<-[w:WORKED_ON]-(p:Person) | [p.id, coalesce(w.role, '')]] AS participants,
       [(j)<-[r:LED|PARTNERED_IN]-(o:Organisation) | [o.id, type(r)]] AS organisations
ORDER BY id
