// An account's introduction preferences: paused ("do not ask me"), a monthly limit (null: none)
// and the language of its e-mail. With $set, they are changed first.
// Parameters: $accountId, $set, $paused, $limit, $language.
MATCH (a:Account {id: $accountId})
FOREACH (_ IN CASE WHEN $set THEN [1] ELSE [] END |
  SET a.introductionsPaused = $paused, a.introductionLimit = $limit, a.language = $language)
RETURN coalesce(a.introductionsPaused, false) AS paused, a.introductionLimit AS limit,
       coalesce(a.language, 'ja') AS language
