// An account's introduction preferences: paused ("do not ask me"), a monthly limit (null: none),
// the language of its e-mail and a daily digest instead of one e-mail per request. With $set,
// they are changed first. Parameters: $accountId, $set, $paused, $limit, $language, $digest.
MATCH (a:Account {id: $accountId})
FOREACH (_ IN CASE WHEN $set THEN [1] ELSE [] END |
  SET a.introductionsPaused = $paused, a.introductionLimit = $limit, a.language = $language,
      a.introductionDigest = $digest)
RETURN coalesce(a.introductionsPaused, false) AS paused, a.introductionLimit AS limit,
       coalesce(a.language, 'ja') AS language, coalesce(a.introductionDigest, false) AS digest
