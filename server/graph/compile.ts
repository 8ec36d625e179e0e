/**
 * Builds the compiled graph from plain input in a few linear passes over typed arrays:
 * 1. every piece of evidence becomes a (lo, hi, strength, ref) row — private ties and self-ties
 *    are dropped here, and organisations above orgCap give no rows, so nothing downstream can
 *    use them;
 * 2. two stable counting sorts (by hi, then by lo) group the rows by pair in O(rows + people),
 *    where a comparison sort of ~2M rows would dominate the build;
 * 3. each pair's rows combine by noisy-OR, and the pairs become a CSR adjacency in both
 *    directions. Scanning pairs in (lo, hi) order leaves every neighbour list sorted.
 * The arrays that stay live sit on SharedArrayBuffer (shared-memory.ts): worker threads read them
 * without a copy.
 */
import { makeConfig, type IntroductionConfig } from './config.ts';
import {
  checkStrength,
  dayNumber,
  declaredStrength,
  organisationStrength,
  projectStrength,
  type PeopleGraphInput,
} from './evidence.ts';
import { storedDay, type EvidenceSources, type PeopleGraph } from './people-graph.ts';
import { sharedArray, toShared } from './shared-memory.ts';

interface Pieces {
  lo: Int32Array;
  hi: Int32Array;
  strength: Float64Array;
  ref: Int32Array;
  count: number;
}

interface Context {
  config: IntroductionConfig;
  todayDay: number;
  indexOf: Map<string, number>;
  /** Distinct dates are few (thousands) while ties are many (millions): parse each once. */
  day: (date: string | undefined) => number | undefined;
}

/** Compiles the input; `overrides` change the documented defaults (validated by makeConfig). */
export function compilePeopleGraph(input: PeopleGraphInput, overrides: Partial<IntroductionConfig> = {}): PeopleGraph {
  const config = makeConfig(overrides);
  const ids = input.people.map((p) => p.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  if (indexOf.size !== ids.length) throw new RangeError('introductions: duplicate person ids');
  const discoverable = sharedArray(Uint8Array, ids.length);
  for (const p of input.people) discoverable[indexOf.get(p.id) as number] = p.discoverable ? 1 : 0;
  const context = { config, todayDay: dayNumber(input.today), indexOf, day: dayCache() };

  const groups = [...input.projects.map((p) => p.participants), ...input.organisations.map((o) => o.currentMembers)];
  const members = groups.map((people) => distinctIndices(context, people));
  const pieces = allocatePieces(input, members, config.orgCap);
  const sources = collectEvidence(context, input, members, pieces);
  const order = countingSort(pieces.lo, ids.length, countingSort(pieces.hi, ids.length, identity(pieces.count)));
  const pairs = combinePairs(pieces, order);
  return {
    config,
    todayDay: context.todayDay,
    ids,
    indexOf,
    discoverable,
    ...adjacency(pairs, ids.length, config.alpha),
    sources,
  };
}

export function dayCache(): (date: string | undefined) => number | undefined {
  const cache = new Map<string, number>();
  return (date) => {
    if (date === undefined) return undefined;
    let day = cache.get(date);
    if (day === undefined) cache.set(date, (day = dayNumber(date)));
    return day;
  };
}

function personIndex(context: Context, id: string): number {
  const index = context.indexOf.get(id);
  if (index === undefined) throw new RangeError(`introductions: unknown person "${id}" in the evidence`);
  return index;
}

/** Duplicated participants or members must not inflate a group's size or pair it with itself. */
function distinctIndices(context: Context, people: readonly string[]): Int32Array {
  return Int32Array.from(new Set(people.map((id) => personIndex(context, id))));
}

/** Counts rows first, so each array is allocated once at its exact size. */
function allocatePieces(input: PeopleGraphInput, members: Int32Array[], orgCap: number): Pieces {
  let count = 0;
  for (const t of input.knows) if (t.visibility !== 'private' && t.a !== t.b) count++;
  members.forEach((m, g) => {
    if (g < input.projects.length || m.length <= orgCap) count += (m.length * (m.length - 1)) / 2;
  });
  return {
    lo: new Int32Array(count),
    hi: new Int32Array(count),
    strength: new Float64Array(count),
    ref: new Int32Array(count),
    count: 0,
  };
}

function push(pieces: Pieces, a: number, b: number, strength: number, ref: number): void {
  const i = pieces.count++;
  pieces.lo[i] = a < b ? a : b;
  pieces.hi[i] = a < b ? b : a;
  pieces.strength[i] = strength;
  pieces.ref[i] = ref;
}

function collectEvidence(context: Context, input: PeopleGraphInput, members: Int32Array[], pieces: Pieces) {
  const declared = collectDeclared(context, input, pieces);
  const projectCount = input.projects.length;
  const sizes = Int32Array.from(members, (m) => m.length);
  const sources: EvidenceSources = {
    ...declared,
    projectIds: input.projects.map((p) => p.id),
    projectEndDay: toShared(Float64Array.from(input.projects, (p) => context.day(p.end) ?? NaN)),
    projectSize: toShared(sizes.subarray(0, projectCount)),
    organisationIds: input.organisations.map((o) => o.id),
    organisationSize: toShared(sizes.subarray(projectCount)),
  };
  const { config, todayDay } = context;
  members.forEach((m, g) => {
    const s =
      g < projectCount
        ? projectStrength(config, todayDay, storedDay(sources.projectEndDay[g]), m.length)
        : organisationStrength(config, m.length);
    if (s === 0) return; // above orgCap: no evidence at all, and allocatePieces counted no rows
    const ref = declared.tieStrength.length + g;
    for (let i = 0; i < m.length; i++) for (let j = i + 1; j < m.length; j++) push(pieces, m[i], m[j], s, ref);
  });
  return sources;
}

/** Declared ties, minus private ones and self-ties: those must never become evidence. */
function collectDeclared(context: Context, input: PeopleGraphInput, pieces: Pieces) {
  const kept = input.knows.filter((t) => t.visibility !== 'private' && t.a !== t.b);
  const tieStrength = sharedArray(Float64Array, kept.length);
  const tieContactDay = sharedArray(Float64Array, kept.length);
  const tieContext = sharedArray(Int32Array, kept.length);
  const contexts = contextDictionary([]);
  kept.forEach((t, r) => {
    tieContext[r] = contexts.of(t.context);
    checkStrength(t.strength, t.a, t.b);
    const contact = context.day(t.lastContact);
    tieStrength[r] = t.strength;
    tieContactDay[r] = contact ?? NaN;
    const s = declaredStrength(context.config, context.todayDay, t.strength, contact);
    push(pieces, personIndex(context, t.a), personIndex(context, t.b), s, r);
  });
  return { tieStrength, tieContactDay, tieContext, contexts: contexts.values };
}

/** Distinct context texts, extending `existing` (kept as it is: a compiled graph never changes). */
export function contextDictionary(existing: readonly string[]) {
  let values = existing;
  let index: Map<string, number> | undefined;
  return {
    /** The text's index (−1 for none), appended when new. */
    of(text: string | undefined): number {
      if (text === undefined || text === '') return -1;
      index ??= new Map(values.map((v, i) => [v, i]));
      let i = index.get(text);
      if (i === undefined) {
        if (values === existing) values = [...existing];
        index.set(text, (i = (values as string[]).push(text) - 1));
      }
      return i;
    },
    get values(): readonly string[] {
      return values;
    },
  };
}

const identity = (count: number): Int32Array => {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  return order;
};

/** `order` stably re-sorted by keys[order[i]] ∈ [0, buckets). */
function countingSort(keys: Int32Array, buckets: number, order: Int32Array): Int32Array {
  const start = new Int32Array(buckets + 1);
  for (let i = 0; i < order.length; i++) start[keys[order[i]] + 1]++;
  for (let b = 0; b < buckets; b++) start[b + 1] += start[b];
  const out = new Int32Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const row = order[i];
    out[start[keys[row]]++] = row;
  }
  return out;
}

export interface Pairs {
  lo: Int32Array;
  hi: Int32Array;
  strength: Float64Array;
  evidenceStart: Int32Array;
  evidence: Int32Array;
  count: number;
}

/** Rows sorted by pair → one entry per pair with its noisy-OR strength and evidence range. */
function combinePairs(pieces: Pieces, order: Int32Array): Pairs {
  const n = pieces.count;
  const pairs: Pairs = {
    lo: new Int32Array(n),
    hi: new Int32Array(n),
    strength: sharedArray(Float64Array, n),
    evidenceStart: sharedArray(Int32Array, n + 1),
    evidence: sharedArray(Int32Array, n),
    count: 0,
  };
  let miss = 1;
  for (let i = 0; i < n; i++) {
    const row = order[i];
    const lo = pieces.lo[row];
    const hi = pieces.hi[row];
    const q = pairs.count;
    if (q === 0 || pairs.lo[q - 1] !== lo || pairs.hi[q - 1] !== hi) {
      if (q > 0) pairs.strength[q - 1] = 1 - miss;
      pairs.lo[q] = lo;
      pairs.hi[q] = hi;
      pairs.evidenceStart[q] = i;
      pairs.count++;
      miss = 1;
    }
    miss *= 1 - pieces.strength[row];
    pairs.evidence[i] = pieces.ref[row];
  }
  if (pairs.count > 0) pairs.strength[pairs.count - 1] = 1 - miss;
  pairs.evidenceStart[pairs.count] = n;
  return pairs;
}

const shared = <A extends Int32Array | Float64Array>(array: A): A =>
  array.buffer instanceof SharedArrayBuffer ? array : toShared(array);

export function adjacency(pairs: Pairs, people: number, alpha: number) {
  // Plain locals in the loops: this runs over every pair on each write (recompile.ts).
  const { lo: pairLo, hi: pairHi, strength, count } = pairs;
  const offsets = sharedArray(Int32Array, people + 1);
  for (let q = 0; q < count; q++) {
    offsets[pairLo[q] + 1]++;
    offsets[pairHi[q] + 1]++;
  }
  for (let p = 0; p < people; p++) offsets[p + 1] += offsets[p];
  const fill = offsets.slice(0, people);
  const neighbours = sharedArray(Int32Array, 2 * count);
  const edgePair = sharedArray(Int32Array, 2 * count);
  const costs = sharedArray(Float64Array, 2 * count);
  for (let q = 0; q < count; q++) {
    const lo = pairLo[q];
    const hi = pairHi[q];
    const i = fill[lo]++;
    const j = fill[hi]++;
    const cost = -Math.log(strength[q]) + alpha;
    neighbours[i] = hi;
    neighbours[j] = lo;
    edgePair[i] = q;
    edgePair[j] = q;
    costs[i] = cost;
    costs[j] = cost;
  }
  return {
    offsets,
    neighbours,
    costs,
    edgePair,
    // Views, not copies, when the pairs were built on shared memory (a write's recompile allocates
    // ~200 MB of arrays at a national network, and each one costs garbage collection).
    pairStrength: shared(pairs.strength.subarray(0, pairs.count)),
    pairEvidence: shared(pairs.evidenceStart.subarray(0, pairs.count + 1)),
    evidence: pairs.evidence,
  };
}
