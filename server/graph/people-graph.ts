/**
 * The compiled graph of people the searches run on: integer indices, CSR adjacency with hop
 * costs, and per pair the evidence that produced it (for explanations). Plain typed arrays, so a
 * national network (100k people, a million ties) fits in well under 200 MB and a search touches
 * no objects. Built by projection.ts; never mutated afterwards.
 *
 * People are indexed in ascending id order (JavaScript string order), so "lower index" and "lower
 * id" mean the same thing and deterministic tie-breaks can compare integers.
 *
 * Hidden people (discoverable = false) keep their edges, in both directions: that is what lets a
 * hidden person *start* a search. The searches never step *onto* a hidden person, so they never
 * appear as an intermediary or a target, and their edges are only ever used as a first hop.
 */
import type { IntroductionConfig } from './config.ts';

/** Where each piece of evidence came from, compactly, so explain.ts can show and recompute it. */
export interface EvidenceSources {
  /** Declared ties that were kept (not private, not a self-tie), in input order. */
  tieStrength: Float64Array;
  /** Day number of the last contact; NaN when missing. */
  tieContactDay: Float64Array;
  /** Each kept tie's declared context as an index into `contexts`; −1 when none. */
  tieContext: Int32Array;
  /** Distinct declared contexts (people reuse a few), so the ties hold numbers, not strings. */
  contexts: readonly string[];
  projectIds: readonly string[];
  /** Day number of the end; NaN while ongoing. */
  projectEndDay: Float64Array;
  /** Distinct participants, hidden people included (a size reveals nobody). */
  projectSize: Int32Array;
  organisationIds: readonly string[];
  /** Distinct current members, hidden people included. */
  organisationSize: Int32Array;
}

export interface PeopleGraph {
  readonly config: IntroductionConfig;
  readonly todayDay: number;
  /** Person ids in ascending order; a person's index is its position here. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** 1 when the person may appear as an intermediary or a target. */
  readonly discoverable: Uint8Array;
  /** Person p's neighbours are neighbours[offsets[p] … offsets[p + 1] − 1], ascending. */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Hop cost −ln s + α of each adjacency entry (both directions carry the same cost). */
  readonly costs: Float64Array;
  /** The undirected pair of each adjacency entry. */
  readonly edgePair: Int32Array;
  /** Combined (noisy-OR) strength s of each pair. */
  readonly pairStrength: Float64Array;
  /** Pair q's evidence references are evidence[pairEvidence[q] … pairEvidence[q + 1] − 1]. */
  readonly pairEvidence: Int32Array;
  /**
   * Evidence references: r < ties → kept tie r; then projects; then organisations (see
   * decodeEvidence). Within a pair: declared ties first, then projects, then organisations.
   */
  readonly evidence: Int32Array;
  readonly sources: EvidenceSources;
}

export type EvidenceRef =
  { kind: 'declared'; index: number } | { kind: 'project'; index: number } | { kind: 'organisation'; index: number };

export function decodeEvidence(sources: EvidenceSources, ref: number): EvidenceRef {
  const ties = sources.tieStrength.length;
  const projects = sources.projectIds.length;
  if (ref < ties) return { kind: 'declared', index: ref };
  if (ref < ties + projects) return { kind: 'project', index: ref - ties };
  return { kind: 'organisation', index: ref - ties - projects };
}

/** The adjacency entry a→b, or −1 when the two share no usable evidence. Binary search. */
export function edgeIndex(graph: PeopleGraph, a: number, b: number): number {
  let lo = graph.offsets[a];
  let hi = graph.offsets[a + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = graph.neighbours[mid];
    if (x === b) return mid;
    if (x < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** A stored day number back to `undefined` when it was missing (stored as NaN). */
export const storedDay = (day: number): number | undefined => (Number.isNaN(day) ? undefined : day);

/** Indices of the given ids; throws naming the first unknown id (a caller bug, not user input). */
export function indicesOf(graph: PeopleGraph, ids: readonly string[]): number[] {
  return ids.map((id) => {
    const index = graph.indexOf.get(id);
    if (index === undefined) throw new RangeError(`introductions: unknown person "${id}"`);
    return index;
  });
}
