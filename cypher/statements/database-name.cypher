// The name of the database this connection uses (NEO4J_DATABASE, or the server's default).
CALL db.info() YIELD name
RETURN name
