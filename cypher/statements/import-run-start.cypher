// A large import begins: its run, with what it will write. Parameters: $id, $source (file names),
// $fingerprint (of the files and options), $organisation (the organisation it imports for, or
// null), $total (rows to write).
CREATE (:ImportRun {
  id: $id, source: $source, fingerprint: $fingerprint, organisation: $organisation, total: $total, done: 0,
  state: 'running',
  started: datetime(), updated: datetime()
})
