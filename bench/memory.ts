/**
 * `npm run bench:memory [-- --people N --seed S --runs R]`: the API process's resident memory alone
 * (bench/api-memory.ts, `npm start`'s settings), R times, on the database `bench:network` filled
 * (.neo4j-bench-network/; run that once first at the same size). Each run is a fresh API process:
 * the network loaded, the first organisation dashboard, an analysis done. Memory varies between
 * runs of the same code (when each thread's heap is collected), so one reading is not a figure.
 */
import { parseArgs } from 'node:util';
import { runCli } from '../server/cli/run-cli.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import { measureApiMemory, type ApiMemory } from './api-memory.ts';
import { benchApp, openBenchDatabase } from './bench-db.ts';

const runsFlag = parseArgs({ options: { runs: { type: 'string' } }, strict: false }).values.runs;
const runs = Number(runsFlag ?? 3);
// The synthetic-network flags are read by openBenchDatabase; drop ours before it parses them.
process.argv = process.argv.filter((arg, i, all) => arg !== '--runs' && all[i - 1] !== '--runs');

await runCli(async () => {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs takes a whole number, 1 or more, not "${String(runsFlag)}"`);
  const { options, config, db, local } = await openBenchDatabase('.neo4j-bench-network');
  const { stop, session } = await benchApp(db);
  try {
    const data = generateSynthetic({ people: options.people, seed: options.seed });
    const org = data.organisations.find((o) => o.sector === 'npo')!.id;
    const target = local ?? { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
    const rows: ApiMemory[] = [];
    for (let i = 0; i < runs; i++) rows.push(await measureApiMemory(target, org, session));
    const mb = (pick: (m: ApiMemory) => number) => rows.map((m) => pick(m).toFixed(0)).join(', ');
    console.log(
      `### API resident memory, ${options.people.toLocaleString('en')} people (seed ${options.seed}), ${runs} runs\n`,
    );
    console.log('| | MB, each run |\n| --- | --- |');
    console.log(`| network loaded | ${mb((m) => m.afterLoadMb)} |`);
    console.log(`| after the first organisation dashboard | ${mb((m) => m.dashboardMb)} |`);
    console.log(`| an analysis reported done | ${mb((m) => m.analysisDoneMb)} |`);
    console.log(`| 3 s later (the analysis worker's thread ended) | ${mb((m) => m.withWorkersMb)} |`);
    console.log(`| peak | ${mb((m) => m.peakMb)} |`);
  } finally {
    await stop();
    await db.close();
    await local?.stop();
  }
});
