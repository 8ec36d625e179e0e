/**
 * Peer measurements for the benchmarks: the same graph and the same pairs run through what a
 * user would pick instead of our in-memory engine, so both sides appear in one run:
 *
 * - python-igraph and networkx, in a child process (bench/peers/peers.py, venv bench/.venv made by
 *   `bash bench/peers/setup.sh`): weighted s-t shortest paths and whole-graph betweenness;
 * - graphology (already a dependency) with graphology-shortest-path's Dijkstra, in this process;
 * - Neo4j's own Cypher `shortestPath`, through the repo's db layer.
 *
 * Graphs are undirected, nodes 0..n-1, edge costs >= 0. Every peer gets the graph cleaned the way
 * our loaders clean it (self-loops dropped, parallel edges merged keeping the lowest cost), so
 * path costs must agree to rounding. Build or load time is always reported apart from the
 * per-query times, and per-query times use bench/timing.ts's warm-up and percentile rule.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UndirectedGraph } from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import type { Db } from '../../server/db/driver.ts';
import { timeRuns, type Timing } from '../timing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VENV_PYTHON = path.join(root, 'bench/.venv/bin/python');
const PEERS_PY = path.join(root, 'bench/peers/peers.py');
/** Untimed calls before the clock starts, as timeRuns does (and peers.py). */
const WARM_UP = 3;

export interface PeerEdge {
  a: number;
  b: number;
  cost: number;
}
export type PeerPair = [number, number];
export type PythonEngine = 'igraph' | 'networkx';
export type PeerTask = 'sssp_pairs' | 'betweenness';

export interface PythonPeerJob {
  n: number;
  edges: PeerEdge[];
  pairs: PeerPair[];
  tasks: PeerTask[];
  engines: PythonEngine[];
  /** Keep the betweenness values (JSON) here; otherwise they only live in the result. */
  betweennessOut?: string;
}

/** Weighted s-t shortest paths: one timed call per pair, the graph built beforehand. */
export interface PairPeer {
  timing: Timing;
  buildMs: number;
  /** Path cost per pair (same order as the pairs); null when t is unreachable from s. */
  costs: (number | null)[];
}

export type BetweennessPeer =
  | {
      seconds: number;
      /** Per node 0..n-1, normalised like networkx `betweenness_centrality(normalized=True)`. */
      values: number[];
      /** networkx only, when igraph ran too: the largest difference between the two. */
      maxAbsDiffVsIgraph?: number;
    }
  | { skipped: string };

export interface PythonEnginePeer {
  version: string;
  buildMs: number;
  ssspPairs?: PairPeer;
  betweenness?: BetweennessPeer;
}

export interface PeerResult {
  python: string;
  /** The cleaned graph peers.py built (edges after merging) and the time to read its TSV. */
  graph: { n: number; edges: number; read: number; selfLoops: number; duplicates: number; readMs: number };
  engines: Partial<Record<PythonEngine, PythonEnginePeer>>;
}

/** The JSON peers.py prints (snake_case, as Python writes it). */
interface RawSummary {
  runs: number;
  ms: number[];
  costs: (number | null)[];
}
interface RawEngine {
  version: string;
  build_ms: number;
  sssp_pairs?: RawSummary;
  betweenness?: { seconds: number; max_abs_diff_vs_igraph?: number } | { skipped: string };
}
interface RawResult {
  python: string;
  graph: { n: number; edges: number; read: number; self_loops: number; duplicates: number; read_ms: number };
  engines: Partial<Record<PythonEngine, RawEngine>>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** A Timing from per-call milliseconds, with timeRuns's percentile rule. */
export function timingOf(name: string, ms: number[], note = ''): Timing {
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    name,
    runs: ms.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    note,
  };
}

/**
 * Runs python-igraph and/or networkx on the graph in a child process. The edges travel as a TSV
 * (costs printed with JavaScript's round-trip formatting, so Python reads the same doubles).
 */
export async function runPythonPeers(job: PythonPeerJob): Promise<PeerResult> {
  if (!existsSync(VENV_PYTHON)) {
    throw new Error(
      `The Python peers need bench/.venv (missing: ${VENV_PYTHON}); run \`bash bench/peers/setup.sh\` first.`,
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tsunagari-peers-'));
  try {
    const edgesFile = path.join(dir, 'edges.tsv');
    const jobFile = path.join(dir, 'job.json');
    const betweennessOut = job.betweennessOut ?? path.join(dir, 'betweenness.json');
    await writeFile(edgesFile, job.edges.map((e) => `${e.a}\t${e.b}\t${e.cost}\n`).join(''));
    await writeFile(
      jobFile,
      JSON.stringify({
        edges: edgesFile,
        n: job.n,
        pairs: job.pairs,
        tasks: job.tasks,
        engines: job.engines,
        betweenness_out: betweennessOut,
      }),
    );
    const raw = JSON.parse(await runPython([PEERS_PY, jobFile])) as RawResult;
    const values = job.tasks.includes('betweenness')
      ? (JSON.parse(await readFile(betweennessOut, 'utf8')) as Partial<Record<PythonEngine, number[]>>)
      : {};
    const engines: PeerResult['engines'] = {};
    for (const name of job.engines) {
      const r = raw.engines[name];
      if (!r) continue;
      const peer: PythonEnginePeer = { version: r.version, buildMs: r.build_ms };
      if (r.sssp_pairs) {
        peer.ssspPairs = {
          timing: timingOf(`${name} ${r.version} dijkstra s-t`, r.sssp_pairs.ms, `build ${r.build_ms.toFixed(1)} ms`),
          buildMs: r.build_ms,
          costs: r.sssp_pairs.costs,
        };
      }
      if (r.betweenness) {
        peer.betweenness =
          'skipped' in r.betweenness
            ? { skipped: r.betweenness.skipped }
            : {
                seconds: r.betweenness.seconds,
                values: values[name] ?? [],
                ...(r.betweenness.max_abs_diff_vs_igraph === undefined
                  ? {}
                  : { maxAbsDiffVsIgraph: r.betweenness.max_abs_diff_vs_igraph }),
              };
      }
      engines[name] = peer;
    }
    const g = raw.graph;
    return {
      python: raw.python,
      graph: {
        n: g.n,
        edges: g.edges,
        read: g.read,
        selfLoops: g.self_loops,
        duplicates: g.duplicates,
        readMs: g.read_ms,
      },
      engines,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the venv's Python; resolves with stdout, rejects with the end of stderr. */
function runPython(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(VENV_PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else
        reject(new Error(`peers.py exited with ${code}: ${Buffer.concat(err).toString('utf8').trim().slice(-2000)}`));
    });
  });
}

/**
 * graphology's weighted s-t shortest path, timed per pair. graphology-shortest-path is in
 * node_modules (2.1.0, arriving through graphology-generators → graphology-metrics, not declared
 * in package.json), so this uses its `dijkstra.bidirectional` — what a graphology user would
 * call — rather than a hand-written Dijkstra over the graphology API. It returns the node path;
 * the cost is summed from the edges after the clock stops.
 */
export function graphologyShortestPaths(n: number, edges: PeerEdge[], pairs: PeerPair[]): PairPeer {
  const start = performance.now();
  const graph = new UndirectedGraph<Record<string, never>, { cost: number }>();
  for (let v = 0; v < n; v++) graph.addNode(String(v));
  for (const { a, b, cost } of edges) {
    if (a === b) continue; // self-loops never lie on a shortest path; our loaders drop them too
    const key = graph.edge(String(a), String(b));
    if (key === undefined) graph.addEdge(String(a), String(b), { cost });
    else if (cost < graph.getEdgeAttribute(key, 'cost')) graph.setEdgeAttribute(key, 'cost', cost);
  }
  const buildMs = performance.now() - start;

  const query = ([s, t]: PeerPair) => dijkstra.bidirectional(graph, String(s), String(t), 'cost');
  for (const pair of pairs.slice(0, WARM_UP)) query(pair);
  const ms: number[] = [];
  const paths: (string[] | null)[] = [];
  for (const pair of pairs) {
    const t = performance.now();
    const found = query(pair);
    ms.push(performance.now() - t);
    paths.push(found);
  }
  const costs = paths.map((p) => {
    if (!p) return null;
    let sum = 0;
    for (let i = 1; i < p.length; i++) sum += graph.getEdgeAttribute(graph.edge(p[i - 1], p[i])!, 'cost');
    return sum;
  });
  return {
    timing: timingOf('graphology + graphology-shortest-path dijkstra s-t', ms, `build ${buildMs.toFixed(1)} ms`),
    buildMs,
    costs,
  };
}

/**
 * Neo4j's built-in `shortestPath` per pair (statement bench-shortest-path), through db.read like
 * the app's own reads, so each time includes a session and a transaction. Neo4j's built-in finds
 * the fewest hops (unweighted, up to 4, any KNOWS direction, private ties included): weighted
 * paths would need GDS or APOC, which a plain database does not have. Compare hop counts and
 * times, not costs. Pairs are Person ids; no path within 4 hops (or an unknown id) gives null.
 */
export async function neo4jShortestPaths(
  db: Db,
  pairs: [string, string][],
): Promise<{ timing: Timing; hops: (number | null)[] }> {
  const same = pairs.findIndex(([a, b]) => a === b);
  // Neo4j refuses shortestPath between a node and itself; better say so than time an error.
  if (same >= 0) throw new Error(`pair ${same} starts and ends at ${pairs[same]![0]}: shortestPath needs two people`);
  const hops: (number | null)[] = new Array<number | null>(pairs.length).fill(null);
  const timing = await timeRuns('neo4j cypher shortestPath (hops ≤ 4)', pairs.length, async (i) => {
    // Warm-up calls come with i ≥ 1000; modulo keeps them on real pairs with the same answers.
    const [a, b] = pairs[i % pairs.length]!;
    const rows = await db.read((tx) => tx.run('bench-shortest-path', { a, b }));
    const value = rows[0]?.hops;
    hops[i % pairs.length] = typeof value === 'number' ? value : null;
    return { note: 'fewest hops, unweighted' };
  });
  return { timing, hops };
}
