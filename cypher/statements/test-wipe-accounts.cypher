// Test support: deletes every account, session and sign-in link (a first start of the instance).
MATCH (n) WHERE n:Account OR n:Session OR n:SignInLink
DETACH DELETE n
