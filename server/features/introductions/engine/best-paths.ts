/**
 * Introductions to one person: the best path through each distinct first intermediary (the
 * person a source asks first; a direct tie is its own group), the k best of those.
 *
 * One hop-bounded dynamic programme runs from the *target* outwards over the graph without the
 * sources, giving for every person v the cheapest v → target walk of ≤ maxHops − 1 hops; the best
 * path through first intermediary v is then min over sources s next to v of cost(s, v) + that
 * walk. The walk avoids every source, so a path holds exactly one source, at its start; it is
 * simple by the argument in labels.ts. Breadth-first distances from the sources prune the
 * programme to people a source can still reach in the hops left.
 */
import { LabelSets, sweep } from './labels.ts';
import type { PeopleGraph } from '../../../graph/people-graph.ts';
import type { Overlay } from '../../../graph/sight.ts';
import { extraOf } from '../../../graph/traverse.ts';
import {
  assertSimple,
  checkIndex,
  checkOptions,
  comparePaths,
  pathThrough,
  sourceList,
  type IntroductionPath,
  type Reach,
  type SearchOptions,
  type Sources,
} from './paths.ts';
import { allowedMask, pruningDistances, reachesAny } from './reach.ts';

export { bestTargets, type TargetAnswer, type TargetResult } from './targets.ts';
export type { IntroductionPath, Reach, SearchOptions, Sources } from './paths.ts';

export interface PersonAnswer {
  /** At most k paths, best first, each through a different first intermediary. */
  paths: IntroductionPath[];
  reach: Reach;
}

interface Group {
  source: number;
  first: number;
  cost: number;
  hops: number;
  /** The label of the walk first → target. */
  label: number;
}

export function bestPathsToPerson(
  graph: PeopleGraph,
  sources: Sources,
  target: number,
  options: SearchOptions,
): PersonAnswer {
  checkOptions(graph, options);
  checkIndex(graph, target);
  const exclude = options.exclude ?? [];
  const from = sourceList(graph, sources, exclude);
  const allowed = allowedMask(graph, from, exclude);
  // A hidden, excluded or source target gets the same answer as an isolated one: nothing to reveal.
  if (from.length === 0 || allowed[target] === 0) return { paths: [], reach: 'unreachable' };

  const { overlay } = options;
  const distance = pruningDistances(graph, from, allowed, Math.max(0, options.maxHops - 2), overlay);
  const sets = new LabelSets(graph.ids.length, 1);
  sets.offer(target, 0, 0, 0, -1);
  // Layer maxHops only confirms that no source-adjacent walk can grow further; it creates nothing.
  sweep(graph, sets, [target], 0, options.maxHops, allowed, distance, overlay);

  const groups = [...firstHops(graph, sets, from, overlay).values()];
  groups.sort((a, b) => a.cost - b.cost || a.hops - b.hops || a.source - b.source || a.first - b.first);
  const paths = groups.slice(0, options.k).map((g) => {
    const walk = sets.pool.walk(g.label).reverse(); // first … target
    return assertSimple(pathThrough(graph, [g.source, ...walk], overlay));
  });
  paths.sort(comparePaths);
  if (paths.length > 0) return { paths, reach: 'found' };
  return { paths, reach: reachesAny(graph, from, allowed, [target], overlay) ? 'beyondMaxHops' : 'unreachable' };
}

/** The cheapest source → first-intermediary hop for every first intermediary with a walk on. */
function firstHops(
  graph: PeopleGraph,
  sets: LabelSets,
  from: readonly number[],
  overlay: Overlay | undefined,
): Map<number, Group> {
  const { offsets, neighbours, costs } = graph;
  const extra = extraOf(overlay);
  const pool = sets.pool;
  const groups = new Map<number, Group>();
  for (const source of from) {
    const hop = (first: number, hopCost: number) => {
      if (sets.counts[first] === 0) return; // no allowed walk on (or first is hidden/excluded)
      const label = sets.label[first]; // width 1: slot index = person index
      const cost = hopCost + sets.cost[first];
      const known = groups.get(first);
      // Sources run in ascending order, so on equal cost the lower source id stays.
      if (known === undefined || cost < known.cost) {
        groups.set(first, { source, first, cost, hops: pool.hops[label] + 1, label });
      }
    };
    for (let e = offsets[source]; e < offsets[source + 1]; e++) hop(neighbours[e], costs[e]);
    if (extra !== null)
      for (let e = extra.offsets[source]; e < extra.offsets[source + 1]; e++) hop(extra.neighbours[e], extra.costs[e]);
  }
  return groups;
}
