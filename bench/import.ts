/**
 * `npm run bench:import [-- --people N --seed S]`: writes the synthetic network (~10 ties per
 * person) as a CSV bundle, then times importing it into its own empty Neo4j
 * (.neo4j-bench-import/): reading and validating, writing, and a second import of the same bundle
 * (every node unchanged). Prints a Markdown block for docs/benchmarks.md. Never a test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/boot.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { readInputFiles } from '../server/cli/import-files.ts';
import { loadConfig, repoRoot } from '../server/config.ts';
import { freePort } from '../server/db/local-neo4j.ts';
import { applySchema } from '../server/db/schema.ts';
import { toCsvFiles, type ExportData } from '../server/features/data/export/index.ts';
import { importBundle } from '../server/features/data/import/index.ts';
import { parseSeedArgs } from '../seed/seed-args.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import type { Dataset } from '../server/shared/dataset.ts';
import type { Plain } from '../server/db/convert.ts';

type Row = Record<string, Plain>;
const rows = (list: object[]) => list as unknown as Row[];

function asBundle(d: Dataset): ExportData {
  return {
    manifest: {
      format: 'tsunagari-bundle',
      version: 1,
      exportedAt: new Date().toISOString(),
      scope: 'all',
      extraColumns: {},
    },
    sections: {
      people: rows(d.people),
      organisations: rows(d.organisations),
      skills: rows(d.skills),
      projects: rows(d.projects),
      memberships: rows(d.memberships),
      skillHoldings: rows(d.skillHoldings),
      participations: rows(d.participations),
      ties: rows(d.ties),
      projectOrganisations: rows(d.projectOrganisations),
      needs: rows(d.needs),
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

await runCli(async () => {
  const args = process.argv.slice(2);
  // --again: import the same bundle a second time (the no-op re-import), which doubles the run.
  const again = args.includes('--again');
  const options = parseSeedArgs(['--synthetic', ...args.filter((a) => a !== '--again')], parseArgs);
  if (options.kind !== 'synthetic') throw new Error('unreachable');
  const data = generateSynthetic({ people: options.people, seed: options.seed });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-bench-import-'));
  for (const file of toCsvFiles(asBundle(data))) fs.writeFileSync(path.join(dir, file.name), file.bytes);
  const bundleBytes = fs.readdirSync(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  const dataDir = path.join(repoRoot, '.neo4j-bench-import');
  // An empty database each run; the resolved class path beside it is kept (no Maven round trip).
  for (const sub of ['data', 'logs']) fs.rmSync(path.join(dataDir, sub), { recursive: true, force: true });
  const config = loadConfig({
    NEO4J_HEAP_SIZE: '2g',
    NEO4J_PAGECACHE_SIZE: '1g',
    NEO4J_BOLT_PORT: String(await freePort()),
    ...process.env,
    NEO4J_URI: '',
    TSUNAGARI_DATA_DIR: dataDir,
  });
  const { db, local } = await openDatabase(config, (line) => console.error(line));
  try {
    await applySchema(db);
    const files = readInputFiles(dir);
    let validateMs = 0;
    let last = 0;
    const t = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await importBundle(db, files, {
      progress: (step, done, total) => {
        // Validation is over when the first batch has been written.
        validateMs ||= performance.now() - t;
        if (done - last < 200_000 && done !== total) return;
        console.error(`  ${step} ${done}/${total} (${seconds(performance.now() - t)})`);
        last = done;
      },
    });
    if (!report.committed) throw new Error(`the synthetic bundle has ${report.errorCount} errors`);
    const importMs = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    let againLine = '';
    if (again) {
      const t2 = performance.now();
      const second = await importBundle(db, files);
      againLine = `| import the same bundle again (all nodes unchanged; ${second.writes.toLocaleString('en')} relationship rows re-sent) | ${seconds(performance.now() - t2)} |\n`;
    }
    const writes = report.writes;
    console.log(`### ${data.people.length.toLocaleString('en')} people, ${data.ties.length.toLocaleString('en')} ties (seed ${options.seed})

Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB; Node ${process.version}; Neo4j heap 2g, page cache 1g.

Bundle: ${(bundleBytes / 1024 ** 2).toFixed(1)} MB of CSV, ${writes.toLocaleString('en')} rows to write.

| step | time |
|---|---:|
| read + validate (until the first batch is written) | ${seconds(validateMs)} |
| import into the empty database (read, validate, write) | ${seconds(importMs)} (${Math.round(writes / (importMs / 1000)).toLocaleString('en')} rows/s) |
${againLine}
Bench process CPU time for the import: ${seconds((cpu.user + cpu.system) / 1000)} (the rest of the wall time is Neo4j, and other processes on a shared machine).
Process resident memory at the end: ${Math.round(process.memoryUsage().rss / 1024 ** 2)} MB.`);
  } finally {
    await db.close();
    await local?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
