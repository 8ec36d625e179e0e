/**
 * Rebuilds only what a change touched (delta.ts calls it): the pairs with an end among the touched
 * people, and the pairs inside groups (projects, organisations) whose members, dates or size may
 * have changed, are recomputed exactly as compile.ts would compute them; every other pair keeps
 * its strength and evidence. The work is one pass over the old pairs with typed arrays (no
 * sorting, no string keys) plus the touched evidence, so a write costs a fraction of a compile.
 * test/unit/one-network.test.ts checks that the result equals a full compile on random changes,
 * evidence order included.
 */
import { contextDictionary } from './compile.ts';
import { checkStrength, declaredStrength, organisationStrength, projectStrength } from './evidence.ts';
import type { EvidenceSources, PeopleGraph } from './people-graph.ts';
import type { Steps } from '../shared/turns.ts';
import { sharedArray, toShared } from './shared-memory.ts';

export interface RecompileInput {
  old: PeopleGraph;
  /** The people's visibility after the change (same people, same order as `old`). */
  discoverable: Uint8Array;
  /** Indices of the people whose rows changed: every pair with them at one end is recomputed. */
  touched: readonly number[];
  /** Every usable tie touching a touched person on the day (date rule applied), in snapshot order. */
  ties: readonly {
    a: number;
    b: number;
    strength: number;
    contactDay: number | undefined;
    context?: string | undefined;
  }[];
  /** The day's projects (date rule applied), in snapshot order, with distinct member indices. */
  projects: readonly { id: string; endDay: number | undefined; members: Int32Array }[];
  /** Current members of each organisation (the old graph's organisation order), distinct. */
  organisations: readonly Int32Array[];
  /** Member indices (old and new) of groups that may have changed: every pair inside is recomputed. */
  groups: readonly (readonly number[])[];
}

interface Piece {
  lo: number;
  hi: number;
  strength: number;
  /** A tie's [strength, contact day, context index], or a group index (projects, then organisations). */
  tie?: [number, number, number];
  /** A new tie's context text (its index is found once the pieces are known). */
  context?: string;
  group?: number;
}

/** Yields where the event loop may take a turn (delta.ts runs it in slices). */
export function* recompileSteps(input: RecompileInput): Steps<PeopleGraph> {
  const { old } = input;
  const n = old.ids.length;
  const inR = affected(n, input.touched, input.groups);
  const pieces = affectedPieces(input, inR);
  const P = input.projects.length;
  const sizes = Int32Array.from([...input.projects.map((p) => p.members), ...input.organisations], (m) => m.length);
  const newProject = new Map(input.projects.map((p, i) => [p.id, i]));
  const groupOf = Int32Array.from([
    ...old.sources.projectIds.map((id) => newProject.get(id) ?? -1),
    ...old.sources.organisationIds.map((_, o) => P + o),
  ]);
  const contexts = contextDictionary(old.sources.contexts);
  for (const piece of pieces) if (piece.tie && piece.context !== undefined) piece.tie[2] = contexts.of(piece.context);
  yield;
  const { tieStrength, tieContactDay, tieContext, ...csr } = yield* splice(old, pieces, inR, groupOf, old.config.alpha);
  const sources: EvidenceSources = {
    tieStrength,
    tieContactDay,
    tieContext,
    contexts: contexts.values,
    projectIds: input.projects.map((p) => p.id),
    projectEndDay: toShared(Float64Array.from(input.projects, (p) => p.endDay ?? NaN)),
    projectSize: toShared(sizes.subarray(0, P)),
    organisationIds: old.sources.organisationIds,
    organisationSize: toShared(sizes.subarray(P)),
  };
  return {
    config: old.config,
    todayDay: old.todayDay,
    ids: old.ids,
    indexOf: old.indexOf,
    discoverable: input.discoverable,
    ...csr,
    sources,
  };
}

/**
 * The same graph over a wider set of people: `newcomers` (ids it does not hold) get their places in
 * id order, with no pairs yet, and everyone else moves up by the number of newcomers before them.
 * The move keeps every order the graph relies on (ids, neighbour lists, pairs), so pairs, costs and
 * evidence stay as they are; only the neighbour indices are renumbered. recompileSteps then
 * adds the newcomers' pairs as touched people's. An import of a few new people thus costs a
 * delta, not a full compile.
 */
export function withNewcomers(old: PeopleGraph, newcomers: readonly string[]): PeopleGraph {
  const fresh = [...new Set(newcomers)]
    .filter((id) => !old.indexOf.has(id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (fresh.length === 0) return old;
  const n = old.ids.length;
  const m = n + fresh.length;
  const ids = new Array<string>(m);
  const moved = new Int32Array(n);
  const discoverable = sharedArray(Uint8Array, m);
  const offsets = sharedArray(Int32Array, m + 1);
  for (let i = 0, j = 0, k = 0; k < m; k++) {
    if (j < fresh.length && (i === n || fresh[j]! < old.ids[i]!)) {
      ids[k] = fresh[j++]!;
      offsets[k + 1] = offsets[k]!;
      continue;
    }
    ids[k] = old.ids[i]!;
    moved[i] = k;
    discoverable[k] = old.discoverable[i]!;
    offsets[k + 1] = offsets[k]! + old.offsets[i + 1]! - old.offsets[i]!;
    i++;
  }
  const neighbours = sharedArray(Int32Array, old.neighbours.length);
  for (let e = 0; e < neighbours.length; e++) neighbours[e] = moved[old.neighbours[e]!]!;
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  return { ...old, ids, indexOf, discoverable, offsets, neighbours };
}

/** Whether the pair (a, b) must be recomputed; `relevant` is the cheap first test. */
function affected(n: number, touched: readonly number[], groups: RecompileInput['groups']) {
  const mark = new Uint8Array(n);
  const relevant = new Uint8Array(n);
  for (const p of touched) mark[p] = relevant[p] = 1;
  const groupsOf = new Map<number, number[]>();
  groups.forEach((members, g) => {
    for (const p of new Set(members)) {
      relevant[p] = 1;
      const list = groupsOf.get(p);
      if (list) list.push(g);
      else groupsOf.set(p, [g]);
    }
  });
  const inR = (a: number, b: number): boolean => {
    if (relevant[a] === 0 || relevant[b] === 0) return mark[a] === 1 || mark[b] === 1;
    if (mark[a] === 1 || mark[b] === 1) return true;
    const ga = groupsOf.get(a);
    const gb = groupsOf.get(b);
    return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
  };
  return Object.assign(inR, { relevant, mark });
}

type InR = ReturnType<typeof affected>;

/** The new evidence of every affected pair, in compile.ts's order: ties, then groups in order. */
function affectedPieces(input: RecompileInput, inR: InR): Piece[] {
  const { old } = input;
  const { config, todayDay } = old;
  const pieces: Piece[] = [];
  for (const t of input.ties) {
    if (t.a === t.b) continue;
    checkStrength(t.strength, old.ids[t.a]!, old.ids[t.b]!);
    const s = declaredStrength(config, todayDay, t.strength, t.contactDay);
    pieces.push({
      lo: Math.min(t.a, t.b),
      hi: Math.max(t.a, t.b),
      strength: s,
      tie: [t.strength, t.contactDay ?? NaN, -1],
      ...(t.context === undefined ? {} : { context: t.context }),
    });
  }
  // Pairs recomputed only because a group changed keep their declared ties (untouched): copy them.
  oldTiesOfGroupPairs(input, inR, pieces);
  const P = input.projects.length;
  const groups = [...input.projects.map((p) => p.members), ...input.organisations];
  groups.forEach((m, g) => {
    const s =
      g < P
        ? projectStrength(config, todayDay, input.projects[g]!.endDay, m.length)
        : organisationStrength(config, m.length);
    if (s === 0) return;
    let any = false;
    for (const x of m) if (inR.relevant[x] === 1) any = true;
    if (!any) return;
    const seen = new Set<number>();
    for (const x of m) {
      if (inR.relevant[x] !== 1) continue;
      for (const y of m) {
        if (x === y || !inR(x, y)) continue;
        const [lo, hi] = x < y ? [x, y] : [y, x];
        const code = lo * old.ids.length + hi;
        if (seen.has(code)) continue;
        seen.add(code);
        pieces.push({ lo, hi, strength: s, group: g });
      }
    }
  });
  // Stable: within a pair, ties (snapshot order) stay before groups (group order), as in compile.ts.
  return pieces.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
}

function oldTiesOfGroupPairs(input: RecompileInput, inR: InR, pieces: Piece[]): void {
  const { old } = input;
  const { config, todayDay } = old;
  const oldTies = old.sources.tieStrength.length;
  const visited = new Set<number>();
  for (const members of input.groups) {
    for (const p of members) {
      if (inR.mark[p] === 1) continue;
      for (let e = old.offsets[p]!; e < old.offsets[p + 1]!; e++) {
        const q = old.neighbours[e]!;
        if (q < p || inR.mark[q] === 1 || !inR(p, q)) continue;
        // A pair inside two changed groups is met twice: its ties count once.
        const code = p * old.ids.length + q;
        if (visited.has(code)) continue;
        visited.add(code);
        const pair = old.edgePair[e]!;
        for (let i = old.pairEvidence[pair]!; i < old.pairEvidence[pair + 1]!; i++) {
          const ref = old.evidence[i]!;
          if (ref >= oldTies) continue;
          const [strength, day] = [old.sources.tieStrength[ref]!, old.sources.tieContactDay[ref]!];
          const s = declaredStrength(config, todayDay, strength, Number.isNaN(day) ? undefined : day);
          pieces.push({ lo: p, hi: q, strength: s, tie: [strength, day, old.sources.tieContext[ref]!] });
        }
      }
    }
  }
}

/**
 * The new graph's pairs and adjacency, spliced from the old ones: the affected old pairs go, the
 * recomputed ones come in at their places in (lo, hi) order, and everything between is copied
 * (runs of people whose neighbours did not change are copied whole, their pair numbers shifted).
 * The old ties' values are copied whole and the new ones appended, so a kept pair's tie
 * references stay as they are; only group references move. The result is what compile.ts would
 * build, pair numbers included. Ties of dropped pairs stay unreferenced in the store until the
 * next full compile (at the latest the next day), a few bytes per write.
 *
 * A write touches a handful of people among a million pairs: the work is a few tight loops over
 * typed arrays and memory copies, where building the pairs and the adjacency again took ~0.4 s
 * at 100k people on this project's machines.
 */
function* splice(old: PeopleGraph, pieces: Piece[], inR: InR, groupOf: Int32Array, alpha: number) {
  const n = old.ids.length;
  const oldTies = old.sources.tieStrength.length;
  const pairCount = old.pairStrength.length;
  const { offsets, neighbours, edgePair, pairEvidence, evidence: oldEvidence, pairStrength: oldStrength } = old;

  // The old pairs recomputed: those with an end among the relevant people that the change affects.
  const { relevant } = inR;
  const goneMark = new Uint8Array(pairCount);
  const gone: [pair: number, lo: number, hi: number][] = [];
  for (let p = 0; p < n; p++) {
    if (relevant[p] !== 1) continue;
    for (let e = offsets[p]!; e < offsets[p + 1]!; e++) {
      const q = neighbours[e]!;
      const pair = edgePair[e]!;
      if (goneMark[pair] === 1) continue;
      const [lo, hi] = p < q ? [p, q] : [q, p];
      if (!inR(lo, hi)) continue;
      goneMark[pair] = 1;
      gone.push([pair, lo, hi]);
    }
  }
  gone.sort((a, b) => a[0] - b[0]);
  yield;

  // The recomputed pairs, in (lo, hi) order, with their evidence (ties first, as in compile.ts).
  let newTies = 0;
  for (const piece of pieces) if (piece.tie) newTies++;
  const tieCount = oldTies + newTies;
  const tieStrength = sharedArray(Float64Array, tieCount);
  const tieContactDay = sharedArray(Float64Array, tieCount);
  const tieContext = sharedArray(Int32Array, tieCount);
  // One copy per step: each touches megabytes of fresh memory (see copyEntries).
  tieStrength.set(old.sources.tieStrength);
  yield;
  tieContactDay.set(old.sources.tieContactDay);
  yield;
  tieContext.set(old.sources.tieContext);
  yield;
  const fresh: { lo: number; hi: number; strength: number; evidence: number[]; rank: number; id: number }[] = [];
  const rankAmongOld = ranker(old);
  let ties = oldTies;
  for (let r = 0; r < pieces.length;) {
    const { lo, hi } = pieces[r]!;
    const refs: number[] = [];
    let miss = 1;
    for (; r < pieces.length && pieces[r]!.lo === lo && pieces[r]!.hi === hi; r++) {
      const piece = pieces[r]!;
      miss *= 1 - piece.strength;
      if (piece.tie) {
        tieStrength[ties] = piece.tie[0];
        tieContactDay[ties] = piece.tie[1];
        tieContext[ties] = piece.tie[2];
        refs.push(ties++);
      } else refs.push(tieCount + piece.group!);
    }
    fresh.push({ lo, hi, strength: 1 - miss, evidence: refs, rank: rankAmongOld(lo, hi), id: -1 });
  }

  // New pair numbers: old kept pairs in order, each recomputed pair before the old pair of its rank.
  const pairMap = new Int32Array(pairCount);
  const size = pairCount - gone.length + fresh.length;
  const pairStrength = sharedArray(Float64Array, size);
  const pairStart = sharedArray(Int32Array, size + 1);
  let evidenceCount = oldEvidence.length + fresh.reduce((sum, f) => sum + f.evidence.length, 0);
  for (const [pair] of gone) evidenceCount -= pairEvidence[pair + 1]! - pairEvidence[pair]!;
  const evidence = sharedArray(Int32Array, evidenceCount);
  // Group references move (ties were appended, projects may be renumbered); tie references stay.
  const groupsMove = newTies > 0 || groupOf.some((g, i) => g !== i);
  const kept: KeptRuns = {
    pairMap,
    oldStrength,
    pairStrength,
    pairEvidence,
    pairStart,
    oldEvidence,
    evidence,
    oldTies,
    tieCount,
    groupOf: groupsMove ? groupOf : null,
  };
  let next = 0;
  let at = 0;
  let q = 0;
  let g = 0;
  for (let f = 0; f <= fresh.length; f++) {
    // Old pairs before this recomputed one (all that are left after the last), less those that go.
    const until = f < fresh.length ? fresh[f]!.rank : pairCount;
    while (q < until) {
      const stop = Math.min(g < gone.length ? gone[g]![0] : until, until, q + PAIRS_PER_STEP);
      if (stop > q) {
        at = copyKept(kept, q, stop, next, at);
        next += stop - q;
        q = stop;
        yield;
        continue;
      }
      pairMap[q++] = -1; // the next one that goes
      g++;
    }
    if (f === fresh.length) break;
    const pair = fresh[f]!;
    pair.id = next;
    pairStrength[next] = pair.strength;
    pairStart[next++] = at;
    for (const ref of pair.evidence) evidence[at++] = ref;
  }
  pairStart[next] = at;

  // The adjacency: people none of whose pairs changed keep their neighbours and costs (copied in
  // runs) with their pairs renumbered; the others' lists are merged from the kept and new entries.
  const changed = new Map<number, { q: number; cost: number; pair: number }[]>();
  const degree = new Int32Array(n);
  for (let p = 0; p < n; p++) degree[p] = offsets[p + 1]! - offsets[p]!;
  for (const [, lo, hi] of gone) {
    for (const p of [lo, hi]) if (!changed.has(p)) changed.set(p, []);
    degree[lo]!--;
    degree[hi]!--;
  }
  for (const pair of fresh) {
    const cost = -Math.log(pair.strength) + alpha;
    for (const [p, q] of [
      [pair.lo, pair.hi],
      [pair.hi, pair.lo],
    ] as const) {
      const list = changed.get(p);
      if (list) list.push({ q, cost, pair: pair.id });
      else changed.set(p, [{ q, cost, pair: pair.id }]);
      degree[p]!++;
    }
  }
  const newOffsets = sharedArray(Int32Array, n + 1);
  for (let p = 0; p < n; p++) newOffsets[p + 1] = newOffsets[p]! + degree[p]!;
  const entries = newOffsets[n]!;
  const newNeighbours = sharedArray(Int32Array, entries);
  const costs = sharedArray(Float64Array, entries);
  const newEdgePair = sharedArray(Int32Array, entries);
  const { costs: oldCosts } = old;
  const into: Adjacency = { offsets: newOffsets, neighbours: newNeighbours, costs, edgePair: newEdgePair };
  const people = [...changed.keys()].sort((a, b) => a - b);
  let runFrom = 0;
  for (const p of people) {
    // People [runFrom, p) are unchanged: their entries move as one block.
    if (p > runFrom) yield* copyEntries(old, pairMap, into, runFrom, p);
    runFrom = p + 1;
    const added = changed.get(p)!.sort((x, y) => x.q - y.q);
    let j = newOffsets[p]!;
    let k = 0;
    for (let e = offsets[p]!; e < offsets[p + 1]!; e++) {
      const pair = pairMap[edgePair[e]!]!;
      if (pair < 0) continue;
      const q = neighbours[e]!;
      for (; k < added.length && added[k]!.q < q; k++, j++) {
        newNeighbours[j] = added[k]!.q;
        costs[j] = added[k]!.cost;
        newEdgePair[j] = added[k]!.pair;
      }
      newNeighbours[j] = q;
      costs[j] = oldCosts[e]!;
      newEdgePair[j++] = pair;
    }
    for (; k < added.length; k++, j++) {
      newNeighbours[j] = added[k]!.q;
      costs[j] = added[k]!.cost;
      newEdgePair[j] = added[k]!.pair;
    }
  }
  if (n > runFrom) yield* copyEntries(old, pairMap, into, runFrom, n);
  return {
    offsets: newOffsets,
    neighbours: newNeighbours,
    costs,
    edgePair: newEdgePair,
    pairStrength,
    pairEvidence: pairStart,
    evidence,
    tieStrength,
    tieContactDay,
    tieContext,
  };
}

/** Pairs (or adjacency entries) copied between two chances to give the event loop a turn. */
const PAIRS_PER_STEP = 100_000;

interface KeptRuns {
  pairMap: Int32Array;
  oldStrength: Float64Array;
  pairStrength: Float64Array;
  pairEvidence: Int32Array;
  pairStart: Int32Array;
  oldEvidence: Int32Array;
  evidence: Int32Array;
  oldTies: number;
  tieCount: number;
  /** Old group number → new, when group references move. */
  groupOf: Int32Array | null;
}

/**
 * Copies the kept old pairs [from, to) to new numbers from `next`, their evidence from `at`;
 * returns where the evidence ends. Memory copies and tight loops: it runs over every pair.
 */
function copyKept(k: KeptRuns, from: number, to: number, next: number, at: number): number {
  const { pairMap, pairEvidence, pairStart, evidence, oldTies, tieCount, groupOf } = k;
  const shift = next - from;
  for (let q = from; q < to; q++) pairMap[q] = q + shift;
  k.pairStrength.set(k.oldStrength.subarray(from, to), next);
  const evidenceShift = at - pairEvidence[from]!;
  for (let q = from; q < to; q++) pairStart[q + shift] = pairEvidence[q]! + evidenceShift;
  const end = at + pairEvidence[to]! - pairEvidence[from]!;
  evidence.set(k.oldEvidence.subarray(pairEvidence[from], pairEvidence[to]), at);
  if (groupOf)
    for (let i = at; i < end; i++) {
      const ref = evidence[i]!;
      if (ref >= oldTies) evidence[i] = tieCount + groupOf[ref - oldTies]!;
    }
  return end;
}

/** Copies the neighbours of unchanged people [from, to), their pairs renumbered. */
function* copyEntries(old: PeopleGraph, pairMap: Int32Array, into: Adjacency, from: number, to: number): Steps<void> {
  const { offsets, neighbours, costs, edgePair } = old;
  const target = into.edgePair;
  for (let first = from; first < to;) {
    // At least one person, and about PAIRS_PER_STEP entries.
    let last = first + 1;
    while (last < to && offsets[last]! - offsets[first]! < PAIRS_PER_STEP) last = Math.min(to, last + 256);
    const [a, b, start] = [offsets[first]!, offsets[last]!, into.offsets[first]!];
    into.neighbours.set(neighbours.subarray(a, b), start);
    into.costs.set(costs.subarray(a, b), start);
    renumber(target, start, edgePair, a, b, pairMap);
    first = last;
    yield;
  }
}

/** target[start …] = pairMap of source[a … b): a plain function, so the loop is optimised (not in a generator). */
function renumber(target: Int32Array, start: number, source: Int32Array, a: number, b: number, pairMap: Int32Array) {
  for (let e = a, j = start; e < b; e++, j++) target[j] = pairMap[source[e]!]!;
}

interface Adjacency {
  offsets: Int32Array;
  neighbours: Int32Array;
  costs: Float64Array;
  edgePair: Int32Array;
}

/**
 * How many old pairs come before a pair (lo, hi) in (lo, hi) order: the number of the first old
 * pair at or after it (pairs are numbered in that order), or the count of pairs when none is.
 */
function ranker(old: PeopleGraph): (lo: number, hi: number) => number {
  const { offsets, neighbours, edgePair } = old;
  const n = old.ids.length;
  const firstAtLeast = (p: number, value: number) => {
    let [a, b] = [offsets[p]!, offsets[p + 1]!];
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (neighbours[mid]! < value) a = mid + 1;
      else b = mid;
    }
    return a;
  };
  // The first pair whose low end is p or after, found once per p (a run of people with no higher
  // neighbour is walked once, however many pairs ask).
  const lowFrom = new Map<number, number>();
  const firstLowFrom = (start: number) => {
    const walked: number[] = [];
    let rank = old.pairStrength.length;
    for (let p = start; p < n; p++) {
      const known = lowFrom.get(p);
      if (known !== undefined) {
        rank = known;
        break;
      }
      walked.push(p);
      const first = firstAtLeast(p, p + 1);
      if (first < offsets[p + 1]!) {
        rank = edgePair[first]!;
        break;
      }
    }
    for (const p of walked) lowFrom.set(p, rank);
    return rank;
  };
  return (lo, hi) => {
    // lo's first neighbour at or above hi (neighbour lists are ascending), else the next low end.
    const e = firstAtLeast(lo, hi);
    return e < offsets[lo + 1]! ? edgePair[e]! : firstLowFrom(lo + 1);
  };
}
