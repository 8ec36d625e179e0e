// How many sign-in links this e-mail was sent since $since. Parameters: $email, $since (epoch ms).
MATCH (l:SignInLink {email: $email}) WHERE l.createdAt >= $since
RETURN count(l) AS recent
