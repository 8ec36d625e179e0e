// A large import begins: its run, with what it will write. Parameters: $id, $source (file names),
// $fingerprint (of the files and options), $total (rows to write).
CREATE (:ImportRun {
  id: $id, source: $source, fingerprint: $fingerprint, total: $total, done: 0, state: 'running',
  started: datetime(), updated: datetime()
})
