/**
 * Communities by the Louvain method (Blondel et al. 2008) on the weighted warm graph: move single
 * nodes to the neighbouring community with the best modularity gain until none helps, collapse
 * communities into nodes, repeat until a level changes nothing. Node order is a seeded shuffle,
 * so results are reproducible; `runs` seeds are tried and the highest modularity kept.
 *
 * Modularity Q = Σ_c [ in_c / 2m − (tot_c / 2m)² ], in_c the weight of adjacency entries inside c
 * (each edge counted from both ends), tot_c the weighted degrees in c, 2m their total.
 */
import { xorshift } from './betweenness.ts';
import type { Csr } from '../../../graph/csr.ts';

interface Level {
  n: number;
  offsets: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  /** Weight inside the node itself (after collapsing), both directions counted. */
  loops: Float64Array;
}

export interface Communities {
  /** Community of each node, numbered 0… by first appearance in node order. */
  community: Int32Array;
  count: number;
  modularity: number;
}

export function modularity(graph: Csr, community: Int32Array): number {
  const { n, offsets, neighbours, weights } = graph;
  const inside = new Map<number, number>();
  const tot = new Map<number, number>();
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = weights ? weights[e] : 1;
      twoM += w;
      tot.set(community[v], (tot.get(community[v]) ?? 0) + w);
      if (community[neighbours[e]] === community[v]) inside.set(community[v], (inside.get(community[v]) ?? 0) + w);
    }
  }
  if (twoM === 0) return 0;
  let q = 0;
  for (const [c, t] of tot) q += (inside.get(c) ?? 0) / twoM - (t / twoM) ** 2;
  return q;
}

export function louvain(
  graph: Csr,
  options: { runs?: number; seed?: number; onProgress?: (level: number) => void } = {},
): Communities {
  let best: Communities | undefined;
  for (let r = 0; r < (options.runs ?? 1); r++) {
    const found = louvainOnce(graph, (options.seed ?? 1) + r, options.onProgress);
    if (!best || found.modularity > best.modularity + 1e-12) best = found;
  }
  return best!;
}

function louvainOnce(graph: Csr, seed: number, onProgress?: (level: number) => void): Communities {
  const random = xorshift(seed);
  let level: Level = {
    n: graph.n,
    offsets: graph.offsets,
    neighbours: graph.neighbours,
    weights: graph.weights ?? new Float64Array(graph.neighbours.length).fill(1),
    loops: new Float64Array(graph.n),
  };
  let membership = Int32Array.from({ length: graph.n }, (_, i) => i);
  for (let depth = 0; ; depth++) {
    const { community, count, moved } = moveNodes(level, random);
    onProgress?.(depth);
    membership = membership.map((c) => community[c]!);
    if (!moved || count === level.n) break;
    level = collapse(level, community, count);
  }
  const community = renumber(membership);
  return { community, count: countOf(community), modularity: modularity(graph, community) };
}

/** Communities are numbered 0… densely, so the count is the largest number + 1. */
function countOf(community: Int32Array): number {
  let max = -1;
  for (const c of community) if (c > max) max = c;
  return max + 1;
}

function renumber(membership: Int32Array): Int32Array {
  const ids = new Map<number, number>();
  return membership.map((c) => ids.get(c) ?? ids.set(c, ids.size).get(c)!);
}

function moveNodes(level: Level, random: () => number) {
  const { n, offsets, neighbours, weights, loops } = level;
  const k = new Float64Array(n);
  let twoM = 0;
  for (let v = 0; v < n; v++) {
    k[v] = loops[v];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) k[v] += weights[e];
    twoM += k[v];
  }
  const community = Int32Array.from({ length: n }, (_, i) => i);
  const tot = Float64Array.from(k);
  const toCommunity = new Float64Array(n);
  const touched: number[] = [];
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  let moved = false;
  for (let improved = twoM > 0; improved;) {
    improved = false;
    for (const v of order) {
      const own = community[v];
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const c = community[neighbours[e]];
        if (neighbours[e] === v) continue;
        if (toCommunity[c] === 0) touched.push(c);
        toCommunity[c] += weights[e];
      }
      tot[own] -= k[v];
      let [best, bestGain] = [own, toCommunity[own] - (tot[own] * k[v]) / twoM];
      for (const c of touched) {
        const gain = toCommunity[c] - (tot[c] * k[v]) / twoM;
        if (gain > bestGain + 1e-12) [best, bestGain] = [c, gain];
      }
      for (const c of touched) toCommunity[c] = 0;
      touched.length = 0;
      tot[best] += k[v];
      community[v] = best;
      if (best !== own) improved = moved = true;
    }
  }
  const renumbered = renumber(community);
  return { community: renumbered, count: countOf(renumbered), moved };
}

/** One node per community; inner weight becomes the node's loop weight. */
function collapse(level: Level, community: Int32Array, count: number): Level {
  const loops = new Float64Array(count);
  const rows: Map<number, number>[] = Array.from({ length: count }, () => new Map());
  for (let v = 0; v < level.n; v++) {
    const c = community[v];
    loops[c] += level.loops[v];
    for (let e = level.offsets[v]; e < level.offsets[v + 1]; e++) {
      const d = community[level.neighbours[e]];
      if (d === c) loops[c] += level.weights[e];
      else rows[c]!.set(d, (rows[c]!.get(d) ?? 0) + level.weights[e]);
    }
  }
  const offsets = new Int32Array(count + 1);
  rows.forEach((row, c) => (offsets[c + 1] = offsets[c] + row.size));
  const neighbours = new Int32Array(offsets[count]);
  const weights = new Float64Array(offsets[count]);
  rows.forEach((row, c) => {
    let i = offsets[c];
    for (const [d, w] of [...row].sort((a, b) => a[0] - b[0])) {
      neighbours[i] = d;
      weights[i++] = w;
    }
  });
  return { n: count, offsets, neighbours, weights, loops };
}
