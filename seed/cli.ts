/**
 * `npm run seed`: replaces the demo network (and nothing else).
 * `npm run seed -- --synthetic --people N --seed S`: replaces the synthetic benchmark network.
 * Uses NEO4J_URI when set, otherwise starts the local Neo4j for the duration of the load.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/boot.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { loadConfig } from '../server/config.ts';
import { applySchema } from '../server/db/schema.ts';
import { loadDataset } from '../server/features/data/dataset.ts';
import { DEMO_DATASET, loadDemo } from '../server/demo.ts';
import { parseSeedArgs } from './seed-args.ts';

await runCli(async () => {
  const options = parseSeedArgs(process.argv.slice(2), parseArgs);
  const config = loadConfig();
  const { db, local } = await openDatabase(config, (line) => console.log(line));
  const started = Date.now();
  try {
    await applySchema(db);
    const progress = (step: string, done: number, total: number) => {
      if (done === total || done % 50_000 === 0)
        console.log(`  ${step}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
    };
    if (options.kind === 'demo') {
      console.log('replacing the demo network…');
      await loadDemo(db, progress);
    } else {
      const { generateSynthetic } = await import('./synthetic/index.ts');
      console.log(
        `generating a synthetic network of ${options.people.toLocaleString('en')} people (seed ${options.seed})…`,
      );
      const data = generateSynthetic({ people: options.people, seed: options.seed });
      console.log(
        `loading ${data.people.length.toLocaleString('en')} people and ${data.ties.length.toLocaleString('en')} ties…`,
      );
      await loadDataset(db, 'synthetic', data, progress);
    }
    console.log(
      `done in ${((Date.now() - started) / 1000).toFixed(1)} s (dataset "${options.kind === 'demo' ? DEMO_DATASET : 'synthetic'}").`,
    );
  } finally {
    await db.close();
    await local?.stop();
  }
});
