/**
 * `npm run bench [-- --people N --seed S]`: generates and loads a synthetic network into its own
 * Neo4j (.neo4j-bench/, or NEO4J_URI's 'synthetic' dataset when set), then times the API's read
 * paths through the domain functions the resolvers call. Prints a Markdown table for
 * docs/benchmarks.md. Never a test: timings depend on the machine.
 */
import os from 'node:os';
import { runCli } from '../server/cli/run-cli.ts';
import { applySchema } from '../server/db/schema.ts';
import { listRelated } from '../server/features/catalogue/listings.ts';
import { loadDataset } from '../server/features/data/dataset.ts';
import { neighbourhood } from '../server/features/explorer/neighbourhood.ts';
import { getNode } from '../server/features/catalogue/nodes.ts';
import { search } from '../server/features/search/service.ts';
import { stats } from '../server/features/catalogue/stats.ts';
import type { PersonModel } from '../server/shared/model.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import { benchIntroductions } from './introductions.ts';
import { benchTeamsDblp } from './teams-dblp.ts';
import { proposeTeams } from '../server/features/teams/service.ts';
import { openBenchDatabase } from './bench-db.ts';
import { summarise, timeRuns, type Timing } from './timing.ts';

await runCli(async () => {
  const { options, config, db, local } = await openBenchDatabase('.neo4j-bench');
  try {
    await applySchema(db);
    let t = performance.now();
    const data = generateSynthetic({ people: options.people, seed: options.seed });
    const generateMs = performance.now() - t;
    console.error(
      `generated ${data.people.length} people, ${data.ties.length} ties in ${(generateMs / 1000).toFixed(1)} s; loading…`,
    );
    t = performance.now();
    await loadDataset(db, 'synthetic', data);
    const loadMs = performance.now() - t;

    const pick = (i: number) => data.people[(i * 7919) % data.people.length]!;
    const visible = data.people.filter((p) => p.discoverable !== false);
    const start = (i: number) => `Person:${visible[(i * 7919) % visible.length]!.id}`;
    const rows: Timing[] = [];
    rows.push(
      await timeRuns('search: family name (kanji)', 30, (i) =>
        search(db, { text: pick(i).name.split(' ')[0]!, first: 10 }, null),
      ),
    );
    rows.push(
      await timeRuns('search: reading prefix (kana, 2 chars)', 30, (i) =>
        search(db, { text: (pick(i).nameKana ?? 'たな').slice(0, 2), first: 10 }, null),
      ),
    );
    rows.push(await timeRuns('search: skill (English)', 30, () => search(db, { text: 'data', first: 10 }, null)));
    for (const [depth, limit] of [
      [1, 200],
      [2, 200],
      [2, 1000],
      [3, 5000],
    ] as const) {
      rows.push(
        await timeRuns(`neighbourhood depth ${depth}, limit ${limit}`, depth === 3 ? 10 : 30, (i) =>
          neighbourhood(db, { ids: [start(i)], depth, limit }, null),
        ),
      );
    }
    rows.push(
      await timeRuns('person + first page of ties', 30, async (i) => {
        const person = (await getNode(db, 'Person', visible[(i * 7919) % visible.length]!.id, null)) as PersonModel;
        return listRelated(db, 'personTies', person, { first: 20 }, null);
      }),
    );
    rows.push(await timeRuns('stats', 10, () => stats(db)));
    const intro = await benchIntroductions(db, data);
    rows.push(...intro.rows);
    // Team composer (issue 6): an organisation's members as the core, three skills held by others.
    const skillIds = [...new Set(data.skillHoldings.map((h) => h.skillId))].sort();
    const orgIds = [...new Set(data.memberships.map((m) => m.organisationId))].sort();
    rows.push(
      await timeRuns('proposeTeams: 3 skills, k = 3, maxHops 4', 20, (i) =>
        proposeTeams(db, {
          organisationId: orgIds[(i * 7919) % orgIds.length]!,
          requiredSkills: [0, 1, 2].map((j) => ({ skillId: skillIds[(i * 31 + j * 7) % skillIds.length]! })),
        }),
      ),
    );

    console.log(
      `\n### ${data.people.length.toLocaleString('en')} people, ${data.ties.length.toLocaleString('en')} ties (seed ${options.seed})\n`,
    );
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}; Neo4j heap ${config.NEO4J_HEAP_SIZE}, page cache ${config.NEO4J_PAGECACHE_SIZE}.\n`,
    );
    console.log(
      `Generate: ${(generateMs / 1000).toFixed(1)} s. Load (UNWIND batches of 5,000): ${(loadMs / 1000).toFixed(1)} s (${Math.round(((data.people.length + data.ties.length) / loadMs) * 1000).toLocaleString('en')} people+ties/s).\n`,
    );
    console.log(summarise(rows));
    // The team composer on the DBLP benchmark (docs/teams.md); about 15 s of CPU, skipped without the data.
    const teams = benchTeamsDblp(process.env.DBLP_TEAMS_DIR);
    if (teams) console.log(`\n### Team composer on DBLP\n\n${teams}`);
    console.log(
      `\nIntroductions: projection loaded from Neo4j and built in ${(intro.buildMs / 1000).toFixed(1)} s; it holds ${Math.round(intro.projectionMb)} MB (heap + typed arrays). Bench process resident memory (it also holds the generated dataset): ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB.`,
    );
  } finally {
    await db.close();
    await local?.stop();
  }
});
