/**
 * `node --import tsx bench/peers/demo.ts`: a quick check that the peers work and agree before a
 * benchmark relies on them. On a seeded random graph (2,000 nodes, 10,000 distinct edges, costs
 * in (0, 1]) it runs igraph, networkx and graphology on 50 pairs, fails unless all three give the
 * same path cost for every pair (to 1e-9), runs betweenness in igraph and networkx (n ≤ 3000, so
 * both) and prints the tables. Neo4j's shortestPath needs a running database, so it is not here.
 * Needs bench/.venv: `bash bench/peers/setup.sh`.
 */
import { graphologyShortestPaths, runPythonPeers, type PeerEdge, type PeerPair } from './peers.ts';
import type { Timing } from '../timing.ts';

const N = 2_000;
const M = 10_000;
const PAIRS = 50;
const TOLERANCE = 1e-9;

/** mulberry32: a tiny seeded generator, so every run measures the same graph and pairs. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function randomGraph(n: number, m: number, seed: number): PeerEdge[] {
  const rand = random(seed);
  const seen = new Set<number>();
  const edges: PeerEdge[] = [];
  // Distinct edges without self-loops, so "10,000 edges" holds after any peer's cleaning.
  while (edges.length < m) {
    const a = Math.floor(rand() * n);
    const b = Math.floor(rand() * n);
    const key = Math.min(a, b) * n + Math.max(a, b);
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ a, b, cost: 1 - rand() }); // (0, 1]: no zero-cost ties between distinct nodes
  }
  return edges;
}

function randomPairs(n: number, count: number, seed: number): PeerPair[] {
  const rand = random(seed);
  const pairs: PeerPair[] = [];
  while (pairs.length < count) {
    const s = Math.floor(rand() * n);
    const t = Math.floor(rand() * n);
    if (s !== t) pairs.push([s, t]);
  }
  return pairs;
}

/** Like summarise() in bench/timing.ts, with µs resolution: these peers answer in well under 1 ms. */
function table(rows: Timing[]): string {
  const ms = (x: number) => x.toFixed(3);
  return [
    '| operation | runs | p50 ms | p95 ms | p99 ms | max ms | note |',
    '|---|---:|---:|---:|---:|---:|---|',
    ...rows.map(
      (r) => `| ${r.name} | ${r.runs} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.note} |`,
    ),
  ].join('\n');
}

async function main() {
  const edges = randomGraph(N, M, 1);
  const pairs = randomPairs(N, PAIRS, 2);

  const python = await runPythonPeers({
    n: N,
    edges,
    pairs,
    tasks: ['sssp_pairs', 'betweenness'],
    engines: ['igraph', 'networkx'],
  });
  const graphology = graphologyShortestPaths(N, edges, pairs);
  const igraph = python.engines.igraph;
  const networkx = python.engines.networkx;
  if (!igraph?.ssspPairs || !networkx?.ssspPairs) throw new Error('peers.py returned no path timings');

  // Every pair, every peer: the same cost to 1e-9 (or all unreachable).
  const answers = { igraph: igraph.ssspPairs.costs, networkx: networkx.ssspPairs.costs, graphology: graphology.costs };
  let reachable = 0;
  pairs.forEach(([s, t], i) => {
    const costs = Object.entries(answers).map(([peer, c]) => [peer, c[i] ?? null] as const);
    const [, reference] = costs[0]!;
    for (const [peer, cost] of costs) {
      const agree = reference === null ? cost === null : cost !== null && Math.abs(cost - reference) <= TOLERANCE;
      if (!agree) throw new Error(`pair ${i} (${s} → ${t}): ${peer} says ${cost}, igraph says ${reference}`);
    }
    if (reference !== null) reachable++;
  });

  const g = python.graph;
  console.log(
    `Random graph: ${g.n} nodes, ${g.edges} edges (seeded); Python ${python.python}, ` +
      `igraph ${igraph.version}, networkx ${networkx.version}; TSV read by peers.py in ${g.readMs.toFixed(1)} ms.`,
  );
  console.log(
    `All three agree on all ${pairs.length} path costs to ${TOLERANCE} (${reachable} reachable, ` +
      `${pairs.length - reachable} unreachable).\n`,
  );
  console.log(table([igraph.ssspPairs.timing, networkx.ssspPairs.timing, graphology.timing]));

  const rows: string[] = [];
  for (const [name, peer] of Object.entries(python.engines)) {
    const b = peer.betweenness;
    if (!b) continue;
    if ('skipped' in b) {
      rows.push(`| ${name} ${peer.version} | skipped | ${b.skipped} |`);
    } else {
      const top = Math.max(...b.values);
      const diff =
        b.maxAbsDiffVsIgraph === undefined
          ? ''
          : `, largest difference from igraph ${b.maxAbsDiffVsIgraph.toExponential(1)}`;
      rows.push(`| ${name} ${peer.version} | ${b.seconds.toFixed(3)} | max normalised ${top.toFixed(5)}${diff} |`);
    }
  }
  console.log(['\n| betweenness (unweighted, whole graph) | seconds | note |', '|---|---:|---|', ...rows].join('\n'));
}

await main();
