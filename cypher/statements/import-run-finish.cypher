// The run wrote everything; earlier runs of the same bundle that stopped are finished by it (every
// write is an upsert by id, so this run wrote what they did not). Parameters: $id, $fingerprint.
MATCH (r:ImportRun)
WHERE r.id = $id OR (r.fingerprint = $fingerprint AND r.state = 'running')
SET r.state = 'done', r.finished = datetime(), r.finishedBy = $id
RETURN count(CASE WHEN r.id <> $id THEN 1 END) AS finishedEarlier
