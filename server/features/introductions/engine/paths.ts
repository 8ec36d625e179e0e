/**
 * What both searches return and how they rank it. A path's score is recomputed here from the
 * graph's hop strengths, in path order, the same way a reader (and explain.ts) would recompute it
 * by hand; the search's running costs only decide which paths to keep.
 */
import { badInput } from '../../../errors.ts';
import { edgeIndex, type PeopleGraph } from '../../../graph/people-graph.ts';
import { overlayEntry, type Overlay } from '../../../graph/sight.ts';

export interface IntroductionPath {
  /** Person indices: the source first, the target last. */
  people: number[];
  /** Combined strength s of each hop people[i]–people[i + 1]. */
  strengths: number[];
  /** Π strengths × e^(−α·hops). */
  score: number;
}

/**
 * Said with every answer. 'found': at least one path within maxHops. 'beyondMaxHops': none within
 * maxHops, but one exists by the same rules with more hops. 'unreachable': no usable path of any
 * length — deliberately without saying whether hidden people or private ties would have helped,
 * since that would reveal them.
 */
export type Reach = 'found' | 'beyondMaxHops' | 'unreachable';

export interface SearchOptions {
  k: number;
  maxHops: number;
  /** People who must not appear anywhere in a path, as a source, intermediary or target. */
  exclude?: readonly number[];
  /** The asker's restricted ties (server/graph/sight.ts); absent: the shared network only. */
  overlay?: Overlay;
}

/** One person index or several (an organisation's current members). */
export type Sources = number | readonly number[];

export function checkOptions(graph: PeopleGraph, options: SearchOptions): void {
  const { maxK, maxHops } = graph.config;
  if (!Number.isInteger(options.k) || options.k < 1 || options.k > maxK) {
    throw badInput('k', `must be a whole number from 1 to ${maxK}`);
  }
  if (!Number.isInteger(options.maxHops) || options.maxHops < 1 || options.maxHops > maxHops) {
    throw badInput('maxHops', `must be a whole number from 1 to ${maxHops}`);
  }
  for (const p of options.exclude ?? []) checkIndex(graph, p);
}

export function checkIndex(graph: PeopleGraph, p: number): void {
  if (!Number.isInteger(p) || p < 0 || p >= graph.ids.length) {
    throw new RangeError(`introductions: ${p} is not a person index`);
  }
}

/** Distinct, ascending (so ties between sources go to the lower id), excluded people removed. */
export function sourceList(graph: PeopleGraph, sources: Sources, exclude: readonly number[]): number[] {
  const list = typeof sources === 'number' ? [sources] : [...sources];
  for (const p of list) checkIndex(graph, p);
  const excluded = new Set(exclude);
  return [...new Set(list)].filter((p) => !excluded.has(p)).sort((a, b) => a - b);
}

/** The path through `people`, with each hop's strength looked up in the overlay, else the graph. */
export function pathThrough(graph: PeopleGraph, people: number[], overlay?: Overlay): IntroductionPath {
  const strengths: number[] = [];
  let product = 1;
  for (let i = 0; i + 1 < people.length; i++) {
    const o = overlay ? overlayEntry(overlay, people[i], people[i + 1]) : -1;
    const e = o >= 0 ? -1 : edgeIndex(graph, people[i], people[i + 1]);
    if (o < 0 && e < 0) throw new Error(`introductions: no edge ${people[i]}–${people[i + 1]} (a search bug)`);
    const s = o >= 0 ? overlay!.strength[o] : graph.pairStrength[graph.edgePair[e]];
    strengths.push(s);
    product *= s;
  }
  return { people, strengths, score: product * Math.exp(-graph.config.alpha * strengths.length) };
}

/** Higher score first, then fewer hops, then the people's ids in order (index order = id order). */
export function comparePaths(a: IntroductionPath, b: IntroductionPath): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.people.length !== b.people.length) return a.people.length - b.people.length;
  for (let i = 0; i < a.people.length; i++) if (a.people[i] !== b.people[i]) return a.people[i] - b.people[i];
  return 0;
}

/** Throws if a path repeats a person: the search's simplicity argument (labels.ts) failed. */
export function assertSimple(path: IntroductionPath): IntroductionPath {
  if (new Set(path.people).size !== path.people.length) {
    throw new Error(`introductions: path ${path.people.join('→')} repeats a person (a search bug)`);
  }
  return path;
}
