// The long texts an answer shows only when asked for: people's bios and projects' descriptions
// (everything else an answer names is held in the in-memory network). Hidden people are not
// returned. Parameters: $keys (node keys). One row per node: [key, text or null, English text
// or null].
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE (n:Person AND n.discoverable <> false) OR n:Project
RETURN [n.key, coalesce(n.bio, n.description), coalesce(n.bioEn, n.descriptionEn)] AS text
