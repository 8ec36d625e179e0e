/**
 * `npm run bench:import [-- --people N --seed S] [--again] [--only ours|load-csv]`: writes the
 * synthetic network (~10 ties per person) as a CSV bundle, then imports it twice, each time into a
 * fresh, empty Neo4j (.neo4j-bench-import/, started anew): once with a plain `LOAD CSV … CALL { }
 * IN TRANSACTIONS` (bench/load-csv.ts, the peer) and once with our import (read, match, validate
 * everything, then write). Prints rows/s of both and their ratio, our peak memory, and with
 * --again the no-op re-import of the same bundle. Prints a Markdown block for docs/benchmarks.md.
 * Never a test.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openDatabase } from '../server/boot.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { readInputFiles } from '../server/cli/import-files.ts';
import { loadConfig, repoRoot } from '../server/config.ts';
import { freePort } from '../server/db/local-neo4j.ts';
import { applySchema } from '../server/db/schema.ts';
import type { Db } from '../server/db/driver.ts';
import { importBundle } from '../server/features/data/import/index.ts';
import { parseSeedArgs } from '../seed/seed-args.ts';
import { loadCsv, stageBundle } from './load-csv.ts';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString('en')} MB`;
const dataDir = path.join(repoRoot, '.neo4j-bench-import');
const importDir = path.join(dataDir, 'import');

/**
 * The bundle is written by a child process (bench/import-bundle.ts), so that this process's peak
 * memory is the import's own, not the generator's.
 */
function writeBundle(dir: string, args: string[]): void {
  const script = fileURLToPath(new URL('./import-bundle.ts', import.meta.url));
  execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', script, dir, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A fresh, empty database (data folder removed, server started anew) for `work`. */
async function withFreshDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
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
    return await work(db);
  } finally {
    await db.close();
    await local?.stop();
  }
}

function bundleFacts(dir: string) {
  let bytes = 0;
  let rows = 0;
  const counts: Record<string, number> = {};
  for (const f of fs.readdirSync(dir)) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    bytes += Buffer.byteLength(text);
    if (!f.endsWith('.csv')) continue;
    counts[f] = text.split('\n').filter((l) => l.trim() !== '').length - 1;
    rows += counts[f];
  }
  return { bytes, rows, counts };
}

async function ours(dir: string, again: boolean) {
  return withFreshDatabase(async (db) => {
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
        console.error(`  ours: ${step} ${done}/${total} (${seconds(performance.now() - t)})`);
        last = done;
      },
    });
    if (!report.committed) throw new Error(`the synthetic bundle has ${report.errorCount} errors`);
    const ms = performance.now() - t;
    const cpu = process.cpuUsage(cpu0);
    let second: { ms: number; writes: number } | null = null;
    if (again) {
      const t2 = performance.now();
      const r = await importBundle(db, readInputFiles(dir));
      second = { ms: performance.now() - t2, writes: r.writes };
    }
    return { ms, validateMs, writes: report.writes, cpuMs: (cpu.user + cpu.system) / 1000, second };
  });
}

async function peer(dir: string) {
  stageBundle(dir, importDir);
  try {
    return await withFreshDatabase(async (db) => {
      const t = performance.now();
      await loadCsv(db, importDir, (name, ms) => console.error(`  LOAD CSV: ${name} ${seconds(ms)}`));
      return { ms: performance.now() - t };
    });
  } finally {
    fs.rmSync(importDir, { recursive: true, force: true });
  }
}

await runCli(async () => {
  const raw = process.argv.slice(2);
  const again = raw.includes('--again');
  const onlyAt = raw.indexOf('--only');
  const only = onlyAt >= 0 ? raw[onlyAt + 1] : null;
  const args = raw.filter((a, i) => a !== '--again' && (onlyAt < 0 || (i !== onlyAt && i !== onlyAt + 1)));
  const options = parseSeedArgs(['--synthetic', ...args], parseArgs);
  if (options.kind !== 'synthetic') throw new Error('unreachable');
  const loadAtStart = os.loadavg()[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-bench-import-'));
  try {
    writeBundle(dir, args);
    const bundle = bundleFacts(dir);
    const base = only === 'ours' ? null : await peer(dir);
    const mine = only === 'load-csv' ? null : await ours(dir, again);
    const peak = process.resourceUsage().maxRSS * 1024;
    const lines = [
      `### ${bundle.counts['people.csv']?.toLocaleString('en')} people, ${bundle.counts['ties.csv']?.toLocaleString('en')} ties (seed ${options.seed})`,
      '',
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB; Node ${process.version}; Neo4j heap 2g, page cache 1g; load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end (2 cores, shared).`,
      '',
      `Bundle: ${(bundle.bytes / 1024 ** 2).toFixed(1)} MB of CSV, ${bundle.rows.toLocaleString('en')} data rows; each run into a fresh, empty database.`,
      '',
      '| run | time | rows/s (bundle rows) |',
      '|---|---:|---:|',
    ];
    if (base)
      lines.push(
        `| plain LOAD CSV … CALL { } IN TRANSACTIONS OF 10000 ROWS | ${seconds(base.ms)} | ${perSecond(bundle.rows, base.ms)} |`,
      );
    if (mine) {
      lines.push(
        `| our import (read, match, validate everything, then write ${mine.writes.toLocaleString('en')} rows) | ${seconds(mine.ms)} | ${perSecond(bundle.rows, mine.ms)} |`,
      );
      lines.push(
        `| … of which read + match + validate (until the first batch is written) | ${seconds(mine.validateMs)} | |`,
      );
      if (mine.second)
        lines.push(
          `| our import of the same bundle again (${mine.second.writes.toLocaleString('en')} rows written) | ${seconds(mine.second.ms)} (${Math.round((100 * mine.second.ms) / mine.ms)} % of the first) | |`,
        );
    }
    lines.push('');
    if (base && mine)
      lines.push(`Ratio, ours ÷ LOAD CSV in rows/s: **${(base.ms / mine.ms).toFixed(2)}×** (target ≥ 0.8×).`);
    if (mine)
      lines.push(
        `Our import's process: CPU ${seconds(mine.cpuMs)} (the rest of the wall time is Neo4j and other processes), peak resident memory ${mb(peak)} (the bundle is generated in a child process).`,
      );
    console.log(lines.join('\n'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
