/**
 * Who a walk may step onto, and breadth-first hop distances over those people. The distances
 * prune the dynamic programme: a walk is only extended to someone who can still reach the other
 * end within the hops left. Linear in the edges scanned, typed arrays only.
 */
import type { PeopleGraph } from '../../../graph/people-graph.ts';
import type { Overlay } from '../../../graph/sight.ts';
import { extraOf, hopDistances } from '../../../graph/traverse.ts';

/**
 * 1 for people a path may pass through or end at: discoverable, not excluded, not a source.
 * Sources are never stepped onto: a path holds exactly one source, at its start (starting from a
 * colleague directly is always better than a detour through them, since every hop costs > 0).
 */
export function allowedMask(graph: PeopleGraph, sources: readonly number[], exclude: readonly number[]) {
  const allowed = graph.discoverable.slice();
  for (const p of exclude) allowed[p] = 0;
  for (const p of sources) allowed[p] = 0;
  return allowed;
}

/**
 * Hops from the nearest of `from`, exact up to `depth`; everyone farther gets depth + 1, which is
 * still a true lower bound, so pruning with it never drops a walk that could finish. The searches
 * ask for maxHops − 2: the one layer this cannot prune is the first, which only holds the
 * neighbours of one end, while going one level deeper would visit most of a national network for
 * nothing.
 */
export const pruningDistances = (
  graph: PeopleGraph,
  from: readonly number[],
  allowed: Uint8Array,
  depth: number,
  overlay?: Overlay,
) => hopDistances(graph, from, allowed, depth, depth + 1, overlay);

/**
 * Whether any of `goals` can be reached from `from` at all, by the same rules and with no hop
 * limit. Only run for empty answers, to tell "too far" from "not reachable".
 */
export function reachesAny(
  graph: PeopleGraph,
  from: readonly number[],
  allowed: Uint8Array,
  goals: readonly number[],
  overlay?: Overlay,
): boolean {
  const extra = extraOf(overlay);
  const goal = new Uint8Array(graph.ids.length);
  for (const g of goals) if (allowed[g] === 1) goal[g] = 1;
  const seen = new Uint8Array(graph.ids.length);
  // Everyone is pushed at most once, so a typed stack of n slots never overflows.
  const stack = new Int32Array(graph.ids.length);
  let top = 0;
  for (const p of from) if (seen[p] === 0) seen[(stack[top++] = p)] = 1;
  while (top > 0) {
    const u = stack[--top];
    const step = (x: number): boolean => {
      if (allowed[x] === 0 || seen[x] === 1) return false;
      if (goal[x] === 1) return true;
      seen[(stack[top++] = x)] = 1;
      return false;
    };
    for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) if (step(graph.neighbours[e])) return true;
    if (extra !== null)
      for (let e = extra.offsets[u]; e < extra.offsets[u + 1]; e++) if (step(extra.neighbours[e])) return true;
  }
  return false;
}
