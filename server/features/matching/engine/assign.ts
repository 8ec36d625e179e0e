/**
 * STO–NPO assignment: each organisation gets at most one STO, each STO serves at most its capacity
 * of organisations and at most its monthly hours (every organisation takes the same number of
 * hours a month), pairs the user fixed (`locked`) are kept, pairs the user ruled out
 * (`forbidden`) are never used, and otherwise only pairs where the STO covers at least one need
 * are proposed. Among those assignments it finds one that
 *   1. maximises the covered needs weighted by priority (Σ over pairs of coverage(s, o)), then
 *   2. maximises closeness in the network (Σ over pairs of closeness(s, o) ∈ [0, 1]).
 *
 * Locked pairs are placed first: their organisations leave the problem and their STOs' remaining
 * capacity shrinks (never below zero; a locked STO over capacity simply takes nothing more). The
 * rest is solved exactly as a min-cost flow: source → STO (remaining capacity) → organisation
 * (capacity 1, cost −value) → sink (capacity 1), by successive shortest paths (Bellman–Ford on
 * the residual graph), stopping at the first augmenting path that no longer lowers the cost. Path
 * costs never decrease along the way, so stopping there gives the minimum over every flow size.
 *
 * Exact because a pair's value does not depend on the other pairs (with one STO per organisation,
 * "covered needs" of an organisation are its STO's), and because an hour budget with equal hours
 * per organisation is a whole number of organisations, ⌊hours ÷ hours per organisation⌋. Hours
 * that differ per organisation would make it a knapsack (generalised assignment) problem: no
 * longer a flow, so not offered. Values are integers: closeness is rounded to 1e-6 and coverage is
 * scaled above any possible closeness total, so "coverage first, then closeness" is exact, not a
 * weighted compromise.
 */

export interface MatchingInput {
  /** Capacity of each STO (organisations it can serve). */
  capacities: readonly number[];
  /** Hours a month each STO can give; null when not recorded (then only `capacities` limits). */
  hours?: readonly (number | null)[];
  /** Hours a month one organisation takes (> 0); used with `hours`. */
  hoursPerOrganisation?: number;
  organisations: number;
  /** coverage[s][o]: Σ priorities of o's needs that s covers (a whole number ≥ 0). */
  coverage: readonly (readonly number[])[];
  /** closeness[s][o] in [0, 1]. */
  closeness: readonly (readonly number[])[];
  /**
   * [sto, organisation] pairs that must be in the answer. An organisation may have several (two
   * STOs serving it today); proposals never give an organisation a second STO.
   */
  locked?: readonly (readonly [number, number])[];
  /** [sto, organisation] pairs that must not be. */
  forbidden?: readonly (readonly [number, number])[];
}

export interface MatchingResult {
  /** [sto, organisation] pairs, by organisation. */
  pairs: [number, number][];
  coverage: number;
  closeness: number;
}

const CLOSENESS_SCALE = 1_000_000;

export const pairValue = (input: MatchingInput, s: number, o: number): number =>
  input.coverage[s][o] * CLOSENESS_SCALE * (input.organisations + 1) +
  Math.round(input.closeness[s][o] * CLOSENESS_SCALE);

/** How many organisations STO s can serve in all: its capacity, and its hours if recorded. */
export function organisationLimit(input: MatchingInput, s: number): number {
  const hours = input.hours?.[s] ?? null;
  const per = input.hoursPerOrganisation ?? 0;
  const byHours = hours === null || per <= 0 ? Infinity : Math.floor(hours / per);
  return Math.max(0, Math.min(input.capacities[s], byHours));
}

interface Edge {
  to: number;
  cap: number;
  cost: number;
}

export function assignStos(input: MatchingInput): MatchingResult {
  const S = input.capacities.length;
  const O = input.organisations;
  const locked = input.locked ?? [];
  const lockedOrgs = new Set(locked.map(([, o]) => o));
  const forbidden = new Set((input.forbidden ?? []).map(([s, o]) => s * O + o));
  const remaining = Array.from({ length: S }, (_, s) => organisationLimit(input, s));
  for (const [s] of locked) remaining[s] = Math.max(0, remaining[s] - 1);

  const source = S + O;
  const sink = source + 1;
  const edges: Edge[] = [];
  const adj: number[][] = Array.from({ length: sink + 1 }, () => []);
  const add = (a: number, b: number, cap: number, cost: number) => {
    adj[a].push(edges.length);
    edges.push({ to: b, cap, cost });
    adj[b].push(edges.length);
    edges.push({ to: a, cap: 0, cost: -cost });
  };
  for (let s = 0; s < S; s++) add(source, s, remaining[s], 0);
  for (let s = 0; s < S; s++)
    for (let o = 0; o < O; o++)
      if (input.coverage[s][o] > 0 && !lockedOrgs.has(o) && !forbidden.has(s * O + o))
        add(s, S + o, 1, -pairValue(input, s, o));
  for (let o = 0; o < O; o++) add(S + o, sink, 1, 0);
  for (;;) {
    const path = cheapestPath(adj, edges, source, sink);
    if (!path || path.cost >= 0) break;
    for (const e of path.edges) {
      edges[e].cap -= 1;
      edges[e ^ 1].cap += 1;
    }
  }
  return result(input, [...flowPairs(S, O, adj, edges), ...locked.map(([s, o]): [number, number] => [s, o])]);
}

/** Bellman–Ford (queue-based) from source; residual costs may be negative but have no negative cycle. */
function cheapestPath(adj: number[][], edges: Edge[], source: number, sink: number) {
  const n = adj.length;
  const dist = new Array<number>(n).fill(Infinity);
  const via = new Array<number>(n).fill(-1);
  const queued = new Array<boolean>(n).fill(false);
  dist[source] = 0;
  const queue = [source];
  while (queue.length > 0) {
    const u = queue.shift()!;
    queued[u] = false;
    for (const e of adj[u]) {
      const { to, cap, cost } = edges[e];
      if (cap > 0 && dist[u] + cost < dist[to]) {
        dist[to] = dist[u] + cost;
        via[to] = e;
        if (!queued[to]) {
          queued[to] = true;
          queue.push(to);
        }
      }
    }
  }
  if (!Number.isFinite(dist[sink])) return undefined;
  const path: number[] = [];
  for (let v = sink; v !== source; v = edges[via[v] ^ 1].to) path.push(via[v]);
  return { cost: dist[sink], edges: path };
}

/** Forward STO→organisation edges (even index) whose unit of capacity was used. */
function flowPairs(S: number, O: number, adj: number[][], edges: Edge[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let s = 0; s < S; s++) {
    for (const e of adj[s]) {
      const o = edges[e].to - S;
      if (e % 2 === 0 && o >= 0 && o < O && edges[e].cap === 0) pairs.push([s, o]);
    }
  }
  return pairs;
}

function result(input: MatchingInput, pairs: [number, number][]): MatchingResult {
  pairs.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  let coverage = 0;
  let closeness = 0;
  for (const [s, o] of pairs) {
    coverage += input.coverage[s][o];
    closeness += input.closeness[s][o];
  }
  return { pairs, coverage, closeness };
}
