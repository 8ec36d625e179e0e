/**
 * `node --import tsx bench/betweenness.ts [--people 10000] [--seed 1] [--date YYYY-MM-DD]
 * [--threads 2] [--runs 1] [--no-old] [--no-igraph] [--no-graphology]`: exact betweenness on the
 * graph the network-analysis job sees (synthetic people, visible people only, warm ties), timed
 * for the previous single-thread module, the new one, the new one on worker threads,
 * python-igraph's `Graph.betweenness(directed=False)` and graphology-metrics. Prints a Markdown
 * table (best of --runs) and fails if any implementation disagrees: ours with each other to
 * 1e-12 relative, with igraph (raw ÷ (n−1)(n−2)/2) and graphology to 1e-9.
 *
 * igraph runs in its own Python (BENCH_PYTHON, default bench/.venv/bin/python), set up once with
 *   python3 -m venv bench/.venv && bench/.venv/bin/pip install igraph
 * and is skipped with a note when that is missing. igraph's time excludes Python's start-up and
 * reading the edge list. Never a test: timings depend on the machine, and on what else it runs
 * (the load average is printed with the table).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { betweenness as previous } from '../test/reference/betweenness-previous.ts';
import { betweennessParallel } from '../server/features/assets/engine/betweenness-parallel.ts';
import { betweenness } from '../server/features/assets/engine/betweenness.ts';
import { inducedCsr, type Csr } from '../server/graph/csr.ts';
import { repoRoot } from '../server/config.ts';
import type { Dataset } from '../server/shared/dataset.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import { assetsNetworkOn, snapshotFromDataset } from '../test/reference/snapshot.ts';

const { values: args } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    threads: { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
    'no-old': { type: 'boolean', default: false },
    'no-igraph': { type: 'boolean', default: false },
    'no-graphology': { type: 'boolean', default: false },
  },
});
const people = Number(args.people);
const threads = Number(args.threads);
const runs = Math.max(1, Number(args.runs));

const csr = analysisGraph(generateSynthetic({ people, seed: Number(args.seed) }), args.date);
const edges = csr.neighbours.length / 2;
console.error(`graph: ${csr.n} visible people, ${edges} ties (${people} people, seed ${args.seed}, ${args.date})`);

/** What the network-analysis job runs on: the visible people of `date` and the warm ties among them. */
function analysisGraph(dataset: Dataset, date: string): Csr {
  const net = assetsNetworkOn(snapshotFromDataset(dataset, date), date);
  return inducedCsr(net.graph, net.visible).csr;
}

// The job's default budget samples pivots from about 8,000 people up; the comparison is exact.
const EXACT = { budget: Infinity };
function exact(answer: { exact: boolean; values: Float64Array }): Float64Array {
  if (!answer.exact) throw new Error('expected an exact answer');
  return answer.values;
}

interface Row {
  name: string;
  seconds: number;
  /** CPU time of every thread of the run: what the load of other processes on the machine changes least. */
  cpu: number;
  values: Float64Array;
  /** Largest allowed difference from the new single-thread values: relative for ours, absolute for others. */
  tolerance: { relative: number } | { absolute: number };
}
const rows: Row[] = [];

async function time(name: string, tolerance: Row['tolerance'], run: () => Promise<Float64Array> | Float64Array) {
  let [best, cpu] = [Infinity, 0];
  let values: Float64Array = new Float64Array(0);
  for (let i = 0; i < runs; i++) {
    const [t, c] = [performance.now(), process.cpuUsage()];
    values = await run();
    const seconds = (performance.now() - t) / 1000;
    const used = process.cpuUsage(c);
    if (seconds < best) [best, cpu] = [seconds, (used.user + used.system) / 1e6];
  }
  console.error(`${name}: ${best.toFixed(2)} s, CPU ${cpu.toFixed(2)} s`);
  rows.push({ name, seconds: best, cpu, values, tolerance });
}

await time('new, 1 thread', { relative: 0 }, () => exact(betweenness(csr, EXACT)));
await time(`new, ${threads} worker threads`, { relative: 1e-12 }, async () =>
  exact(await betweennessParallel(csr, { ...EXACT, threads })),
);
if (!args['no-old'])
  await time('previous (test/reference/betweenness-previous.ts)', { relative: 1e-12 }, () =>
    exact(previous(csr, EXACT)),
  );
if (!args['no-igraph']) await igraph(csr);
if (!args['no-graphology']) await graphologyMetrics(csr);

/** python-igraph on the same graph, through an edge-list file; its raw values normalised like ours. */
async function igraph(graph: Csr): Promise<void> {
  const python = process.env.BENCH_PYTHON ?? path.join(repoRoot, 'bench/.venv/bin/python');
  if (!fs.existsSync(python)) {
    console.error(`igraph skipped: no ${python} (python3 -m venv bench/.venv && bench/.venv/bin/pip install igraph)`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-betweenness-'));
  try {
    const lines: string[] = [String(graph.n)];
    for (let v = 0; v < graph.n; v++) {
      for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
        if (graph.neighbours[e]! > v) lines.push(`${v} ${graph.neighbours[e]}`);
      }
    }
    fs.writeFileSync(path.join(dir, 'edges.txt'), lines.join('\n') + '\n');
    const script = `
import sys, time, igraph
with open(sys.argv[1]) as f:
    n = int(f.readline())
    edges = [tuple(map(int, line.split())) for line in f if line.strip()]
g = igraph.Graph(n=n, edges=edges)
times, values = [], None
for _ in range(int(sys.argv[3])):
    t, c = time.perf_counter(), time.process_time()
    values = g.betweenness(directed=False)
    times.append((time.perf_counter() - t, time.process_time() - c))
with open(sys.argv[2], 'w') as f:
    f.write(' '.join(map(repr, min(times))) + '\\n' + '\\n'.join(repr(x) for x in values) + '\\n')
`;
    const out = path.join(dir, 'values.txt');
    execFileSync(python, ['-c', script, path.join(dir, 'edges.txt'), out, String(runs)], { stdio: 'inherit' });
    const [timing, ...answer] = fs.readFileSync(out, 'utf8').trim().split('\n');
    const [seconds, cpu] = timing!.split(' ').map(Number) as [number, number];
    const raw = answer.map(Number);
    const pairs = graph.n > 2 ? ((graph.n - 1) * (graph.n - 2)) / 2 : 1;
    const version = execFileSync(python, ['-c', 'import igraph; print(igraph.__version__)'], { encoding: 'utf8' });
    const name = `python-igraph ${version.trim()} (C, 1 thread)`;
    console.error(`${name}: ${seconds.toFixed(2)} s, CPU ${cpu.toFixed(2)} s`);
    rows.push({
      name,
      seconds,
      cpu,
      values: Float64Array.from(raw, (x) => x / pairs),
      tolerance: { absolute: 1e-9 },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** graphology-metrics' betweenness when it is installed (a dependency of the repo's tests). */
async function graphologyMetrics(graph: Csr): Promise<void> {
  const require = createRequire(import.meta.url);
  let Graph: new (options: object) => { addNode(k: string): void; addEdge(a: string, b: string): void };
  let centrality: (g: unknown, options: object) => Record<string, number>;
  let version: string;
  try {
    Graph = require('graphology') as typeof Graph;
    centrality = require('graphology-metrics/centrality/betweenness') as typeof centrality;
    version = (require('graphology-metrics/package.json') as { version: string }).version;
  } catch {
    console.error('graphology-metrics skipped: not installed');
    return;
  }
  const g = new Graph({ type: 'undirected' });
  for (let v = 0; v < graph.n; v++) g.addNode(String(v));
  for (let v = 0; v < graph.n; v++) {
    for (let e = graph.offsets[v]!; e < graph.offsets[v + 1]!; e++) {
      if (graph.neighbours[e]! > v) g.addEdge(String(v), String(graph.neighbours[e]));
    }
  }
  await time(`graphology-metrics ${version} (JS, 1 thread)`, { absolute: 1e-9 }, () => {
    const byKey = centrality(g, { normalized: true, getEdgeWeight: null });
    return Float64Array.from({ length: graph.n }, (_, v) => byKey[String(v)]!);
  });
}

// Agreement: every implementation against the new single-thread values.
const reference = rows[0]!.values;
for (const row of rows.slice(1)) {
  let worst = 0;
  for (let v = 0; v < csr.n; v++) {
    const diff = Math.abs(row.values[v]! - reference[v]!);
    const t = row.tolerance;
    const allowed = 'relative' in t ? t.relative * Math.abs(reference[v]!) : t.absolute;
    if (!(diff <= allowed)) throw new Error(`${row.name} disagrees at node ${v}: ${row.values[v]} vs ${reference[v]}`);
    worst = Math.max(worst, diff);
  }
  console.error(`${row.name}: largest difference ${worst.toExponential(1)}`);
}

const igraphRow = rows.find((r) => r.name.startsWith('python-igraph'));
const oldRow = rows.find((r) => r.name.startsWith('previous'));
const ratio = (row: Row, base: Row | undefined) => (base ? `${(row.seconds / base.seconds).toFixed(2)}×` : '—');
console.log(
  [
    `Exact betweenness, ${csr.n} nodes / ${edges} edges (synthetic, ${people} people), ` +
      `${os.availableParallelism()} cores, load average ${os.loadavg()[0]!.toFixed(1)}, best of ${runs}:`,
    '',
    '| implementation | seconds | time ÷ igraph | time ÷ previous | CPU seconds (all threads) |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.seconds.toFixed(2)} | ${ratio(r, igraphRow)} | ${ratio(r, oldRow)} | ${r.cpu.toFixed(2)} |`,
    ),
  ].join('\n'),
);
