/**
 * Betweenness (engine/betweenness.ts and its threaded form) against an independent reference:
 * the definition itself, B(v) = Σ over ordered pairs s ≠ v ≠ t of σ_st(v)/σ_st with
 * σ_st(v) = σ_sv·σ_vt when d(s,v) + d(v,t) = d(s,t), from all-pairs BFS on adjacency sets built
 * here from the edge list (no CSR, no Brandes). Also Zachary's karate club at full precision
 * (networkx's values), the sampled mode against the previous implementation for the same seed,
 * and 2 or 3 worker threads against one thread on a 2,000-node graph.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { betweenness as previous, samplePivots as previousPivots } from '../reference/betweenness-previous.ts';
import {
  accumulateSources,
  betweenness,
  finishBetweenness,
  planPivots,
  samplePivots,
  xorshift,
} from '../../server/features/assets/engine/betweenness.ts';
import { betweennessParallel } from '../../server/features/assets/engine/betweenness-parallel.ts';
import { KARATE } from '../reference/karate-betweenness.ts';
import { csrFromEdges, type Csr } from '../../server/graph/csr.ts';

type Edge = readonly [number, number];

/** Normalised betweenness straight from the definition (O(n³)), as networkx normalises it. */
function reference(n: number, edges: readonly Edge[]): number[] {
  const adj = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of edges) {
    if (a === b) continue;
    adj[a]!.add(b);
    adj[b]!.add(a);
  }
  const dist: number[][] = [];
  const count: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = new Array<number>(n).fill(Infinity);
    const c = new Array<number>(n).fill(0);
    d[s] = 0;
    c[s] = 1;
    let layer = [s];
    while (layer.length > 0) {
      const next: number[] = [];
      for (const v of layer) {
        for (const x of adj[v]!) {
          if (d[x] === Infinity) {
            d[x] = d[v]! + 1;
            next.push(x);
          }
          if (d[x] === d[v]! + 1) c[x]! += c[v]!;
        }
      }
      layer = next;
    }
    dist.push(d);
    count.push(c);
  }
  return Array.from({ length: n }, (_, v) => {
    if (n < 3) return 0;
    let sum = 0;
    for (let s = 0; s < n; s++) {
      for (let t = 0; t < n; t++) {
        if (s === t || s === v || t === v || dist[s]![t] === Infinity) continue;
        if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]) sum += (count[s]![v]! * count[v]![t]!) / count[s]![t]!;
      }
    }
    return sum / ((n - 1) * (n - 2));
  });
}

/** Equal to `tolerance` relative (zeros exactly): only the order of additions may differ. */
const close = (actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance = 1e-12) => {
  expect(actual.length).toBe(expected.length);
  for (let v = 0; v < expected.length; v++) {
    const [a, e] = [actual[v]!, expected[v]!];
    if (!(Math.abs(a - e) <= tolerance * Math.abs(e))) expect.fail(`node ${v}: ${a} ≠ ${e}`);
  }
};

/** Small random graphs, sparse (isolated nodes, components, self-loops, repeats) or dense (many tied paths). */
const graphArb = fc.integer({ min: 0, max: 22 }).chain((n) => {
  const pairs = Array.from({ length: n }, (_, a) => Array.from({ length: a }, (_, b): Edge => [a, b])).flat();
  const node = fc.nat(Math.max(0, n - 1));
  return fc.record({
    n: fc.constant(n),
    edges:
      n === 0
        ? fc.constant<Edge[]>([])
        : fc.oneof(fc.array(fc.tuple(node, node), { maxLength: 4 * n }), fc.subarray(pairs)),
  });
});

/** A seeded ~2,000-node network: 20 dense groups, a few ties between them, a separate pair, loners. */
function bigGraph(seed: number): { n: number; edges: Edge[] } {
  const random = xorshift(seed);
  const pick = (k: number) => Math.floor(random() * k);
  const [groups, size] = [20, 98];
  const edges: Edge[] = [];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < 4 * size; i++) edges.push([g * size + pick(size), g * size + pick(size)]);
  }
  for (let i = 0; i < 120; i++) edges.push([pick(groups * size), pick(groups * size)]);
  edges.push([1960, 1961], [1961, 1962]); // a path of three, apart from the rest; 1963… alone
  return { n: 1980, edges };
}

describe('exact betweenness', () => {
  it("Zachary's karate club: networkx's values to 12 digits", () => {
    const require = createRequire(import.meta.url);
    const Graph = require('graphology') as unknown;
    const karate = (require('graphology-generators/social/karate-club') as (c: unknown) => GraphLikeKarate)(Graph);
    const names = karate.nodes();
    const index = new Map(names.map((name, i) => [name, i]));
    const csr = csrFromEdges(
      names.length,
      karate.edges().map((e) => [index.get(karate.source(e))!, index.get(karate.target(e))!] as const),
    );
    const { values, exact, errorBound } = betweenness(csr);
    expect([exact, errorBound]).toEqual([true, 0]);
    for (const [node, expected] of Object.entries(KARATE)) expect(values[index.get(node)!]).toBeCloseTo(expected, 12);
  });

  it('tiny and degenerate graphs', () => {
    for (const n of [0, 1, 2]) {
      const answer = betweenness(csrFromEdges(n, n === 2 ? [[0, 1]] : []));
      expect(Array.from(answer.values)).toEqual(new Array(n).fill(0));
      expect([answer.exact, answer.samples, answer.errorBound]).toEqual([true, n, 0]);
    }
    // A path 0–1–2 with loners 3, 4: node 1 lies on the only 0–2 path, both ways.
    expect(
      Array.from(
        betweenness(
          csrFromEdges(5, [
            [0, 1],
            [1, 2],
          ]),
        ).values,
      ),
    ).toEqual([0, 2 / 12, 0, 0, 0]);
    // In a square, one of the two 0–2 shortest paths goes through 1: ½ each way, over 3 × 2 pairs.
    close(
      betweenness(
        csrFromEdges(4, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 0],
        ]),
      ).values,
      [1 / 6, 1 / 6, 1 / 6, 1 / 6],
    );
  });

  it('equals the definition on random graphs, connected or not', () => {
    fc.assert(
      fc.property(graphArb, ({ n, edges }) => {
        const answer = betweenness(csrFromEdges(n, edges));
        close(answer.values, reference(n, edges));
        expect([answer.exact, answer.samples, answer.errorBound]).toEqual([true, n, 0]);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('pivots split into parts add up to the whole, reporting each one done', () => {
    fc.assert(
      fc.property(graphArb, fc.integer({ min: 1, max: 4 }), ({ n, edges }, parts) => {
        const csr = csrFromEdges(n, edges);
        const raw = new Float64Array(n);
        for (let p = 0; p < parts; p++) {
          const sources = Array.from({ length: n }, (_, s) => s).filter((s) => s % parts === p);
          const heard: number[] = [];
          accumulateSources(csr, sources, raw, (done) => heard.push(done));
          expect(heard).toEqual(sources.map((_, i) => i + 1));
        }
        close(finishBetweenness(raw, n, n, true).values, reference(n, edges));
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('refuses a malformed graph or a source that is not a node', () => {
    const broken: Csr = { n: 3, offsets: Int32Array.of(0, 1, 2, 2), neighbours: Int32Array.of(1, 7) };
    expect(() => betweenness(broken)).toThrow(/malformed graph/);
    const oneWay: Csr = { n: 3, offsets: Int32Array.of(0, 2, 2, 2), neighbours: Int32Array.of(1, 2) };
    expect(() => betweenness(oneWay)).toThrow(/one direction only/);
    const path = csrFromEdges(3, [
      [0, 1],
      [1, 2],
    ]);
    expect(() => accumulateSources(path, [3], new Float64Array(3))).toThrow(/not a node/);
  });
});

describe('sampled betweenness', () => {
  const big = bigGraph(5);
  const csr = csrFromEdges(big.n, big.edges);

  it('draws the same pivots and gives the same numbers as the previous implementation', () => {
    expect(samplePivots(500, 40, 7)).toEqual(previousPivots(500, 40, 7));
    for (const options of [
      { samples: 40, seed: 7 },
      { samples: 300 },
      { budget: 50 * (csr.n + csr.neighbours.length) },
    ]) {
      const [now, before] = [betweenness(csr, options), previous(csr, options)];
      expect(now.exact).toBe(false);
      expect({ ...now, values: null }).toEqual({ ...before, values: null });
      close(now.values, before.values);
    }
    expect(planPivots(csr, { samples: 40, seed: 7 }).pivots).toEqual(Int32Array.from(previousPivots(csr.n, 40, 7)));
  });

  it('reports progress every 64 pivots and at the end, as before', () => {
    const [now, before]: [number, number][][] = [[], []];
    betweenness(csr, { samples: 200, seed: 3, onProgress: (d, t) => now.push([d, t]) });
    previous(csr, { samples: 200, seed: 3, onProgress: (d, t) => before.push([d, t]) });
    expect(now).toEqual(before);
    expect(now.map(([d]) => d)).toEqual([64, 128, 192, 200]);
  });

  it('stays within its stated error bound of the exact values', () => {
    const exact = betweenness(csr).values;
    const sampled = betweenness(csr, { samples: 100, seed: 9 });
    expect(sampled.errorBound).toBeGreaterThan(0);
    expect(Math.max(...exact.map((x, i) => Math.abs(x - sampled.values[i]!)))).toBeLessThanOrEqual(sampled.errorBound);
  });
});

describe('betweenness on worker threads', () => {
  const big = bigGraph(21);
  const csr = csrFromEdges(big.n, big.edges);
  const single = betweenness(csr);

  it('2 and 3 threads equal one thread, exact and sampled, with progress up to the total', async () => {
    for (const threads of [2, 3]) {
      const heard: number[] = [];
      const answer = await betweennessParallel(csr, { threads, onProgress: (done, total) => heard.push(done / total) });
      expect({ ...answer, values: null }).toEqual({ ...single, values: null });
      close(answer.values, single.values);
      expect(heard.at(-1)).toBe(1);
      expect(heard).toEqual([...heard].sort((a, b) => a - b));
    }
    const options = { samples: 300, seed: 4 };
    const sampled = await betweennessParallel(csr, { ...options, threads: 2 });
    const expected = betweenness(csr, options);
    expect({ ...sampled, values: null }).toEqual({ ...expected, values: null });
    close(sampled.values, expected.values);
  }, 20_000);

  it('uses arrays already in shared memory as they are, and one thread runs in this one', async () => {
    const share = (a: Int32Array) => {
      const copy = new Int32Array(new SharedArrayBuffer(a.byteLength));
      copy.set(a);
      return copy;
    };
    const sharedCsr: Csr = { n: csr.n, offsets: share(csr.offsets), neighbours: share(csr.neighbours) };
    close((await betweennessParallel(sharedCsr, { threads: 2 })).values, single.values);
    close((await betweennessParallel(csr, { threads: 1 })).values, single.values);
    const tiny = await betweennessParallel(
      csrFromEdges(3, [
        [0, 1],
        [1, 2],
      ]),
      { threads: 8 },
    );
    expect(Array.from(tiny.values)).toEqual([0, 1, 0]);
  }, 20_000);

  it("rejects with the worker's error", async () => {
    const broken: Csr = { n: 3, offsets: Int32Array.of(0, 1, 2, 2), neighbours: Int32Array.of(1, 7) };
    await expect(betweennessParallel(broken, { threads: 2 })).rejects.toThrow(/malformed graph/);
  }, 20_000);
});

interface GraphLikeKarate {
  nodes(): string[];
  edges(): string[];
  source(edge: string): string;
  target(edge: string): string;
}
