// Import support: every stored skill-hierarchy link, to refuse a bundle that would close a cycle.
// No parameters.
MATCH (a:Skill)-[:BROADER]->(b:Skill)
RETURN a.id AS from, b.id AS to
