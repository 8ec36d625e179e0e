import { openBenchDatabase } from './bench-db.ts';
import { readScope } from '../server/graph/read-scope.ts';
import { cypher } from '../cypher/loader.ts';
const { db, local } = await openBenchDatabase('.neo4j-bench');
try {
  const [row] = await db.read((tx) =>
    tx.runText(
      'MATCH (o:Organisation)<-[:MEMBER_OF]-(p:Person) WITH o, collect(p)[0] AS p, count(*) AS n ORDER BY n DESC LIMIT 1 RETURN p.key AS key',
    ),
  );
  const start = [String(row!.key)];
  const scope = readScope(null);
  const filters = {
    labels: ['Person', 'Organisation', 'Skill', 'Project'],
    sectors: null,
    skillKeys: null,
    organisationKey: null,
  };
  const depthOf = new Map(start.map((k) => [k, 0]));
  let frontier = start;
  for (let depth = 1; depth <= 3; depth++) {
    const remaining = 5000 - depthOf.size;
    const rows = await db.read((tx) =>
      tx.run('neighbourhood-expand', {
        ...scope,
        ...filters,
        frontier,
        seen: [...depthOf.keys()],
        limit: remaining + 1,
      }),
    );
    frontier = rows.map((r) => String(r.key)).slice(0, remaining);
    for (const k of frontier) depthOf.set(k, depth);
  }
  const keys = [...depthOf.keys()];
  const base = cypher('neighbourhood-edges');
  const variants: Record<string, string> = {
    base,
    props: base.replace('r {.*} AS rel', 'r {.strength, .lastContact, .level, .priority, .role} AS rel'),
    noVis: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys AND b.key IN $keys RETURN a.key AS source, b.key AS target, type(r) AS type, r {.strength, .lastContact, .level, .priority, .role} AS rel`,
    packed: base.replace(
      'RETURN a.key AS source, b.key AS target, type(r) AS type, r {.*} AS rel',
      'RETURN collect([a.key, b.key, type(r), r.strength, r.lastContact, r.level, r.priority, r.role]) AS rows',
    ),
    countOnly: `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys AND b.key IN $keys RETURN count(*) AS n`,
  };
  for (let round = 0; round < 3; round++)
    for (const [name, text] of Object.entries(variants)) {
      const t = performance.now();
      const rows = await db.read((tx) => tx.runText(text, { ...scope, keys }));
      console.log(round, name, rows.length, (performance.now() - t).toFixed(0));
    }
} finally {
  await db.close();
  await local?.stop();
}
