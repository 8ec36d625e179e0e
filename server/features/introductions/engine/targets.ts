/**
 * Introductions to anyone in a set of candidate targets (the holders of a skill, the members of an
 * organisation). A candidate's score T is the noisy-OR over its best paths through its M best
 * distinct first intermediaries (M = config.scoreRoutes): several independent routes make an
 * introduction more likely, and routes beyond the M-th would change T very little.
 *
 * One dynamic programme runs from the *sources* outwards; each label remembers its first
 * intermediary, and every person keeps its M best labels with distinct first intermediaries
 * (labels.ts proves those are exact). The candidates' labels are then exactly the routes T is
 * defined over. Breadth-first distances from the candidates prune walks that could no longer
 * reach any candidate in the hops left.
 */
import { noisyOr } from '../../../graph/evidence.ts';
import type { PeopleGraph } from '../../../graph/people-graph.ts';
import type { Overlay } from '../../../graph/sight.ts';
import { extraOf } from '../../../graph/traverse.ts';
import { LabelSets, sweep } from './labels.ts';
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

export interface TargetResult {
  target: number;
  /** T = 1 − Π (1 − S_v) over the M best first intermediaries v. */
  score: number;
  /** The best config.shownRoutes of those routes, best first. */
  routes: IntroductionPath[];
}

export interface TargetAnswer {
  targets: TargetResult[];
  reach: Reach;
}

export function bestTargets(
  graph: PeopleGraph,
  sources: Sources,
  targets: readonly number[],
  options: SearchOptions,
): TargetAnswer {
  checkOptions(graph, options);
  for (const t of targets) checkIndex(graph, t);
  const exclude = options.exclude ?? [];
  const from = sourceList(graph, sources, exclude);
  const allowed = allowedMask(graph, from, exclude);
  const candidates = [...new Set(targets)].filter((t) => allowed[t] === 1).sort((a, b) => a - b);
  if (from.length === 0 || candidates.length === 0) return { targets: [], reach: 'unreachable' };

  const sets = labelSweep(graph, from, candidates, allowed, options.maxHops, options.overlay);
  const results: (TargetResult & { hops: number })[] = [];
  for (const target of candidates) {
    const routes = sets
      .labelsAt(target)
      .map((id) => assertSimple(pathThrough(graph, sets.pool.walk(id), options.overlay)));
    if (routes.length === 0) continue;
    routes.sort(comparePaths);
    const score = noisyOr(routes.map((r) => r.score));
    const shown = routes.slice(0, graph.config.shownRoutes);
    results.push({ target, score, routes: shown, hops: shown[0].strengths.length });
  }
  // Higher T first, then the shorter best route, then the lower id.
  results.sort((a, b) => b.score - a.score || a.hops - b.hops || a.target - b.target);
  const top = results.slice(0, options.k).map(({ target, score, routes }) => ({ target, score, routes }));
  if (top.length > 0) return { targets: top, reach: 'found' };
  const beyond = reachesAny(graph, from, allowed, candidates, options.overlay);
  return { targets: top, reach: beyond ? 'beyondMaxHops' : 'unreachable' };
}

/** Runs the labelled programme; afterwards each candidate holds its M best routes. */
function labelSweep(
  graph: PeopleGraph,
  from: readonly number[],
  candidates: readonly number[],
  allowed: Uint8Array,
  maxHops: number,
  overlay?: Overlay,
): LabelSets {
  const { offsets, neighbours, costs } = graph;
  const extra = extraOf(overlay);
  const distance = pruningDistances(graph, candidates, allowed, Math.max(0, maxHops - 2), overlay);
  const sets = new LabelSets(graph.ids.length, graph.config.scoreRoutes);
  const touched: number[] = [];
  // The first hop is where a label learns its first intermediary: the person it steps onto.
  for (const source of from) {
    const root = sets.pool.add(source, -1, 0, 0, -1);
    const step = (x: number, cost: number) => {
      if (allowed[x] === 0 || distance[x] > maxHops - 1) return;
      // At one hop x's only label is the one with first x: new sources can only replace it.
      const fresh = sets.counts[x] === 0;
      if (sets.offer(x, x, cost, 1, root) >= 0 && fresh) touched.push(x);
    };
    for (let e = offsets[source]; e < offsets[source + 1]; e++) step(neighbours[e], costs[e]);
    if (extra !== null)
      for (let e = extra.offsets[source]; e < extra.offsets[source + 1]; e++) step(extra.neighbours[e], extra.costs[e]);
  }
  sweep(graph, sets, touched, 1, maxHops, allowed, distance, overlay);
  return sets;
}
