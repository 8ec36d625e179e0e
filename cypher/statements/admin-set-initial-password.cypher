// Sets the password of a fresh local Neo4j (run against the system database).
// Parameters: $old (the factory password), $password (the generated one).
ALTER CURRENT USER SET PASSWORD FROM $old TO $password
