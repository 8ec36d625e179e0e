/**
 * What one viewer may use of the network (docs/decisions/0012-per-viewer-sight.md).
 *
 * The shared network (network.ts) is compiled from evidence every signed-in account may use:
 * PUBLIC ties, memberships and projects. ORGANISATION and PRIVATE ties are kept beside it, per
 * day, and laid over it for one viewer as an *overlay*: a small adjacency holding only the pairs
 * with a restricted tie this viewer may use, each with the pair's strength recomputed from all the
 * evidence it may use (its restricted ties first, then the pair's shared evidence, in the order a
 * full compile would combine them, so an overlay hop scores exactly as a compiled one would).
 *
 * - A PRIVATE tie is usable by its two people only.
 * - An ORGANISATION tie is usable by the members of an organisation of either person: people who
 *   are current members on the network's day, or accounts holding a role there. Administrators
 *   use every ORGANISATION tie (they may export the whole network; hiding ties from their answers
 *   would protect nothing).
 *
 * The traversal loops (traverse.ts, the introductions engine, the team composer, STO matching)
 * scan a person's shared neighbours and then the overlay's; taking the cheaper of a shared and an
 * overlay entry for the same pair is exact because the overlay's strength includes the shared
 * evidence. Nothing is copied per viewer but the overlay itself (its size is the restricted ties
 * the viewer may use), and overlays are cached per network and sight; a write makes the new
 * network's overlays of the sights that asked the old one before it takes over (`prepareOverlays`):
 * carried over when only the touched people's pairs changed (the usual write), else built again.
 */
import type { Viewer } from '../shared/viewer.ts';
import { dayCache } from './compile.ts';
import { dayNumber, declaredStrength } from './evidence.ts';
import { evidenceStrengthOf, explainDeclared, type EvidenceExplanation, type RestrictedEvidence } from './explain.ts';
import type { Network } from './network.ts';
import { edgeIndex } from './people-graph.ts';
import type { TieRow } from './snapshot.ts';
import { finish, type Steps } from '../shared/turns.ts';

/** Restricted ties whose evidence strength is computed between two chances to yield. */
const PER_STEP = 5_000;

/** Who is looking, in the network's terms. */
export interface Sight {
  /** The viewer's person index, −1 when the account has no person in the network. */
  person: number;
  /** Every ORGANISATION tie is usable (administrators). */
  allOrganisationTies: boolean;
  /** Organisation indices whose members' ORGANISATION ties the viewer may use. */
  organisations: readonly number[];
}

/** No person, no organisation: the shared network only (assets, the CLI, anonymous demo). */
export const SHARED_ONLY: Sight = { person: -1, allOrganisationTies: false, organisations: [] };

/** A viewer's sight on this network: their person's current organisations and their roles. */
export function sightOf(net: Network, viewer: Viewer | null): Sight {
  if (viewer === null) return SHARED_ONLY;
  const person = viewer.personId === null ? -1 : (net.personIndex.get(viewer.personId) ?? -1);
  const organisations = new Set(person < 0 ? [] : net.personOrgs[person]);
  for (const id of viewer.roles.keys()) {
    const o = net.orgIndex.get(id);
    if (o !== undefined) organisations.add(o);
  }
  return {
    person,
    allOrganisationTies: viewer.administrator,
    organisations: [...organisations].sort((a, b) => a - b),
  };
}

/** The restricted ties one viewer may use, as an adjacency over the network's person indices. */
export interface Overlay {
  /** Person p's overlay entries are offsets[p] … offsets[p + 1] − 1 (empty: a zero-length array). */
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Hop cost −ln s + α, s the pair's strength from every piece of evidence the viewer may use. */
  readonly costs: Float64Array;
  readonly strength: Float64Array;
  /** Entry → its pair (both directions of a pair share one). */
  readonly entryPair: Int32Array;
  /**
   * Pair k's usable restricted ties (indices into the network's `restricted` rows, ascending) are
   * pairTies[pairStart[k] … pairStart[k + 1] − 1].
   */
  readonly pairStart: Int32Array;
  readonly pairTies: Int32Array;
}

const EMPTY: Overlay = {
  offsets: new Int32Array(0),
  neighbours: new Int32Array(0),
  costs: new Float64Array(0),
  strength: new Float64Array(0),
  entryPair: new Int32Array(0),
  pairStart: new Int32Array(1),
  pairTies: new Int32Array(0),
};

/** The usable restricted ties behind overlay entry e. */
export function overlayTies(overlay: Overlay, e: number): Int32Array {
  const k = overlay.entryPair[e]!;
  return overlay.pairTies.subarray(overlay.pairStart[k], overlay.pairStart[k + 1]);
}

/** The overlay entry a→b, or −1. Overlay rows are short (a person's restricted ties). */
export function overlayEntry(overlay: Overlay, a: number, b: number): number {
  if (overlay.offsets.length === 0) return -1;
  for (let e = overlay.offsets[a]; e < overlay.offsets[a + 1]; e++) if (overlay.neighbours[e] === b) return e;
  return -1;
}

/** May this sight use this restricted tie? */
function usable(sight: Sight, members: Uint8Array | null, tie: RestrictedTie): boolean {
  if (tie.row.visibility === 'private') return tie.a === sight.person || tie.b === sight.person;
  if (sight.allOrganisationTies) return true;
  return members !== null && (members[tie.a] === 1 || members[tie.b] === 1);
}

/** A restricted tie of the network's day, by person index. */
export interface RestrictedTie {
  a: number;
  b: number;
  row: TieRow;
}

/**
 * What every overlay of one network reads, computed once: each restricted tie's evidence strength
 * on the day, and the ties touching each person (so a member's overlay looks only at the ties of
 * their organisations' people, not at every restricted tie).
 */
interface RestrictedIndex {
  strength: Float64Array;
  /** Person p's restricted ties are ties[offsets[p] … offsets[p + 1] − 1]. */
  offsets: Int32Array;
  ties: Int32Array;
}

const indexes = new WeakMap<Network, RestrictedIndex>();

function* restrictedIndex(net: Network): Steps<RestrictedIndex> {
  const known = indexes.get(net);
  if (known) return known;
  const strength = new Float64Array(net.restricted.length);
  const day = dayCache();
  for (let t = 0; t < strength.length; t += PER_STEP) {
    strengths(net, day, strength, t, Math.min(strength.length, t + PER_STEP));
    yield;
  }
  const index = { strength, ...tiesByPerson(net) };
  indexes.set(net, index);
  return index;
}

/** Evidence strengths of restricted ties [from, to) on the network's day. */
function strengths(net: Network, day: ReturnType<typeof dayCache>, into: Float64Array, from: number, to: number): void {
  const { graph, restricted } = net;
  for (let t = from; t < to; t++) {
    const { row } = restricted[t]!;
    into[t] = declaredStrength(graph.config, graph.todayDay, row.strength, day(row.lastContact));
  }
}

function tiesByPerson(net: Network): Omit<RestrictedIndex, 'strength'> {
  const { restricted } = net;
  const n = net.personIds.length;
  const offsets = new Int32Array(n + 1);
  for (let t = 0; t < restricted.length; t++) {
    offsets[restricted[t]!.a + 1]++;
    offsets[restricted[t]!.b + 1]++;
  }
  for (let p = 0; p < n; p++) offsets[p + 1] += offsets[p]!;
  const fill = offsets.slice(0, n);
  const ties = new Int32Array(2 * restricted.length);
  for (let t = 0; t < restricted.length; t++) {
    ties[fill[restricted[t]!.a]!++] = t;
    ties[fill[restricted[t]!.b]!++] = t;
  }
  return { offsets, ties };
}

const cache = new WeakMap<Network, Map<string, { sight: Sight; overlay: Overlay }>>();

/**
 * How overlays were made so far: carried over or built ahead for a new network, or built on a
 * question's path because none was ready (tests, diagnostics).
 */
export const overlayStats = { carried: 0, built: 0, onDemand: 0 };
const CACHED_SIGHTS = 32;

const keyOf = (sight: Sight) => `${sight.person}|${sight.allOrganisationTies ? '*' : sight.organisations.join(',')}`;

function remember(net: Network, sight: Sight, overlay: Overlay): Overlay {
  let byNetwork = cache.get(net);
  if (!byNetwork) cache.set(net, (byNetwork = new Map()));
  if (byNetwork.size >= CACHED_SIGHTS) byNetwork.delete(byNetwork.keys().next().value!);
  byNetwork.set(keyOf(sight), { sight, overlay });
  return overlay;
}

/** The overlay for `sight`, built once per network and sight (at most 32 sights kept). */
export function overlayFor(net: Network, sight: Sight): Overlay {
  if (net.restricted.length === 0) return EMPTY;
  const known = cache.get(net)?.get(keyOf(sight));
  if (known) return known.overlay;
  overlayStats.onDemand++;
  return remember(net, sight, finish(buildOverlay(net, sight)));
}

/**
 * Builds, for `next`, the overlays of the sights that asked `old` (an administrator's overlay takes
 * tens of milliseconds at 100k people): a write or a reload calls it in slices before its network
 * takes over, so the first questions after it find them ready and the event loop is never held for
 * a whole overlay. A sight is indices, so when the networks number people or organisations
 * differently (newcomers, a reload) each sight is moved to `next`'s numbers by id first (a sight
 * whose person is gone is skipped). Returns how many overlays it made.
 *
 * `touched`: the people whose pairs alone the write recomputed (delta.ts says so when no group's
 * members changed). Then each overlay is carried over rather than built: its pairs between
 * untouched people keep their strengths, and only the touched people's pairs are made again.
 */
export function* prepareOverlays(old: Network, next: Network, touched?: readonly number[]): Steps<number> {
  const asked = cache.get(old);
  if (!asked || next.restricted.length === 0) return 0;
  const samePeople = old.personIds === next.personIds;
  const sameOrgs = old.orgIds.length === next.orgIds.length && old.orgIds.every((id, o) => id === next.orgIds[o]);
  const carry =
    samePeople && sameOrgs && touched && old.orgCurrent === next.orgCurrent ? yield* carrier(old, next, touched) : null;
  let made = 0;
  for (const { sight, overlay } of [...asked.values()]) {
    const moved = samePeople && sameOrgs ? sight : movedSight(old, next, sight);
    if (!moved || cache.get(next)?.has(keyOf(moved))) continue;
    remember(next, moved, carry ? yield* carry(sight, overlay) : yield* buildOverlay(next, moved));
    overlayStats[carry ? 'carried' : 'built']++;
    made++;
    yield;
  }
  return made;
}

/** `sight` in `next`'s numbers, by the ids of its person and organisations; null when its person is gone. */
function movedSight(old: Network, next: Network, sight: Sight): Sight | null {
  const person = sight.person < 0 ? -1 : next.personIndex.get(old.personIds[sight.person]!);
  if (person === undefined) return null;
  const organisations = sight.organisations.flatMap((o) => {
    const moved = next.orgIndex.get(old.orgIds[o]!);
    return moved === undefined ? [] : [moved];
  });
  return { ...sight, person, organisations: organisations.sort((a, b) => a - b) };
}

/**
 * How `next`'s restricted rows relate to `old`'s when a write touched only `touched`'s rows: the
 * rows not touching them are kept in order, the touched people's come after them (restrictedAfter,
 * delta.ts). Checked row by row (the same row objects); null when they do not relate so, and then
 * overlays are built from scratch.
 */
function* carrier(
  old: Network,
  next: Network,
  touched: readonly number[],
): Steps<((sight: Sight, overlay: Overlay) => Steps<Overlay>) | null> {
  const oldIndex = indexes.get(old);
  if (!oldIndex || old.date !== next.date) return null;
  const mark = new Uint8Array(old.personIds.length);
  for (const p of touched) mark[p] = 1;
  const map = keptRows(old.restricted, next.restricted, mark);
  if (!map) return null;
  const kept = map.kept;
  yield;
  // The next network's index: kept strengths copied, the touched people's rows computed.
  const strength = new Float64Array(next.restricted.length);
  for (let t = 0; t < map.to.length; t++) if (map.to[t]! >= 0) strength[map.to[t]!] = oldIndex.strength[t]!;
  strengths(next, dayCache(), strength, kept, next.restricted.length);
  yield;
  const index: RestrictedIndex = { strength, ...tiesByPerson(next) };
  indexes.set(next, index);
  yield;
  return function* (sight, overlay) {
    const from = carriedPairs(overlay, mark, map.to);
    yield;
    const members = membersOf(next, sight);
    const added: number[] = [];
    for (let t = kept; t < next.restricted.length; t++) if (usable(sight, members, next.restricted[t]!)) added.push(t);
    const fresh = pairsOf(next, Int32Array.from(added));
    yield;
    const all = joinPairs(from.pairs, fresh);
    if (all.count === 0) return EMPTY;
    const s = new Float64Array(all.count);
    s.set(from.strength);
    s.set(pairStrengths(next, index, fresh), from.pairs.count);
    return overlayFrom(next, all, s);
  };
}

/** Old row → next row (−1: gone), when next = old's rows not touching a marked person, then others that do. */
function keptRows(
  old: readonly RestrictedTie[],
  next: readonly RestrictedTie[],
  mark: Uint8Array,
): { to: Int32Array; kept: number } | null {
  const to = new Int32Array(old.length);
  let kept = 0;
  for (let t = 0; t < old.length; t++) {
    const tie = old[t]!;
    if (mark[tie.a] === 1 || mark[tie.b] === 1) to[t] = -1;
    else if (kept < next.length && next[kept]!.row === tie.row) to[t] = kept++;
    else return null;
  }
  for (let t = kept; t < next.length; t++) if (mark[next[t]!.a] !== 1 && mark[next[t]!.b] !== 1) return null;
  return { to, kept };
}

/** An overlay's pairs between unmarked people, in its order, their ties renumbered by `to`, with their strengths. */
function carriedPairs(
  overlay: Overlay,
  mark: Uint8Array,
  to: Int32Array,
): { pairs: OverlayPairs; strength: Float64Array } {
  const count = overlay.pairStart.length - 1;
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  const old = new Float64Array(count);
  const { offsets, neighbours, entryPair } = overlay;
  for (let p = 0; p + 1 < offsets.length; p++)
    for (let e = offsets[p]!; e < offsets[p + 1]!; e++)
      if (p < neighbours[e]!) {
        const k = entryPair[e]!;
        lo[k] = p;
        hi[k] = neighbours[e]!;
        old[k] = overlay.strength[e]!;
      }
  const pairs: OverlayPairs = {
    count: 0,
    lo: new Int32Array(count),
    hi: new Int32Array(count),
    start: new Int32Array(count + 1),
    ties: new Int32Array(overlay.pairTies.length),
  };
  const strength = new Float64Array(count);
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (mark[lo[k]!] === 1 || mark[hi[k]!] === 1) continue;
    const c = pairs.count++;
    pairs.lo[c] = lo[k]!;
    pairs.hi[c] = hi[k]!;
    strength[c] = old[k]!;
    for (let i = overlay.pairStart[k]!; i < overlay.pairStart[k + 1]!; i++)
      pairs.ties[at++] = to[overlay.pairTies[i]!]!;
    pairs.start[c + 1] = at;
  }
  return { pairs, strength: strength.subarray(0, pairs.count) };
}

/** `first`'s pairs, then `second`'s. */
function joinPairs(first: OverlayPairs, second: OverlayPairs): OverlayPairs {
  const count = first.count + second.count;
  const tiesOf = (p: OverlayPairs) => p.ties.subarray(0, p.start[p.count]);
  const [a, b] = [tiesOf(first), tiesOf(second)];
  const ties = new Int32Array(a.length + b.length);
  ties.set(a);
  ties.set(b, a.length);
  const start = new Int32Array(count + 1);
  start.set(first.start.subarray(0, first.count + 1));
  for (let k = 1; k <= second.count; k++) start[first.count + k] = a.length + second.start[k]!;
  const join = (x: Int32Array, y: Int32Array) => {
    const out = new Int32Array(count);
    out.set(x.subarray(0, first.count));
    out.set(y.subarray(0, second.count), first.count);
    return out;
  };
  return { count, lo: join(first.lo, second.lo), hi: join(first.hi, second.hi), start, ties };
}

/** The restricted ties worth testing for this sight: all of them for administrators, else those touching its people. */
function candidates(net: Network, sight: Sight, index: RestrictedIndex): Int32Array {
  if (sight.allOrganisationTies) {
    const all = new Int32Array(net.restricted.length);
    for (let t = 0; t < all.length; t++) all[t] = t;
    return all;
  }
  const seen = new Set<number>();
  const people = sight.person < 0 ? [] : [sight.person];
  for (const o of sight.organisations) for (const [p] of net.orgCurrent[o]!) people.push(p);
  for (const p of people) for (let i = index.offsets[p]; i < index.offsets[p + 1]; i++) seen.add(index.ties[i]);
  return Int32Array.from(seen);
}

/**
 * The overlay as typed arrays: the usable ties in row order, grouped by pair (pairs numbered in
 * the order of their first tie, so two ties between the same two people combine), then each pair
 * added to both its people's rows in that order. No object per tie or pair, and the loops are
 * plain functions (a generator's loops are optimised less): an administrator's overlay (every
 * ORGANISATION tie, ~50k at 100k people) is built on every write.
 */
function* buildOverlay(net: Network, sight: Sight): Steps<Overlay> {
  const index = yield* restrictedIndex(net);
  const use = usableTies(net, sight, index);
  yield;
  const pairs = pairsOf(net, use);
  if (pairs.count === 0) return EMPTY;
  yield;
  return overlayFrom(net, pairs, pairStrengths(net, index, pairs));
}

/** The organisations' current members whose ORGANISATION ties this sight may use (null: none, or all). */
function membersOf(net: Network, sight: Sight): Uint8Array | null {
  if (sight.allOrganisationTies || sight.organisations.length === 0) return null;
  const members = new Uint8Array(net.personIds.length);
  for (const o of sight.organisations) for (const [p] of net.orgCurrent[o]!) members[p] = 1;
  return members;
}

/** The restricted ties this sight may use, ascending. */
function usableTies(net: Network, sight: Sight, index: RestrictedIndex): Int32Array {
  const { restricted } = net;
  const members = membersOf(net, sight);
  const found = candidates(net, sight, index);
  let count = 0;
  for (let i = 0; i < found.length; i++) if (usable(sight, members, restricted[found[i]!]!)) found[count++] = found[i]!;
  return found.subarray(0, count).sort();
}

interface OverlayPairs {
  count: number;
  lo: Int32Array;
  hi: Int32Array;
  /** Pair k's ties are ties[start[k] … start[k + 1] − 1], ascending. */
  start: Int32Array;
  ties: Int32Array;
}

/**
 * The usable ties grouped by pair. Ties are bucketed by their lower end, and each bucket marks
 * its higher ends in a scratch array (no map keyed by pair); pairs are then numbered in the order
 * of their first tie.
 */
function pairsOf(net: Network, use: Int32Array): OverlayPairs {
  const { restricted } = net;
  const n = net.personIds.length;
  const m = use.length;
  const lowOf = new Int32Array(m);
  const bucket = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) {
    const tie = restricted[use[i]!]!;
    lowOf[i] = tie.a < tie.b ? tie.a : tie.b;
    bucket[lowOf[i]! + 1]++;
  }
  for (let p = 0; p < n; p++) bucket[p + 1] += bucket[p]!;
  const byLow = new Int32Array(m);
  const place = bucket.slice(0, n);
  for (let i = 0; i < m; i++) byLow[place[lowOf[i]!]!++] = i;
  // A provisional pair per distinct (low, high), found through `mark` (high end → pair + 1).
  const mark = new Int32Array(n);
  const tiePair = new Int32Array(m);
  let count = 0;
  for (let p = 0; p < n; p++) {
    const [from, to] = [bucket[p]!, bucket[p + 1]!];
    if (from === to) continue;
    for (let j = from; j < to; j++) {
      const tie = restricted[use[byLow[j]!]!]!;
      const high = tie.a < tie.b ? tie.b : tie.a;
      if (mark[high] === 0) mark[high] = ++count;
      tiePair[byLow[j]!] = mark[high]! - 1;
    }
    for (let j = from; j < to; j++) {
      const tie = restricted[use[byLow[j]!]!]!;
      mark[tie.a < tie.b ? tie.b : tie.a] = 0;
    }
  }
  // Renumbered in the order of each pair's first tie (use is ascending).
  const order = new Int32Array(count).fill(-1);
  const lo = new Int32Array(count);
  const hi = new Int32Array(count);
  const start = new Int32Array(count + 1);
  let next = 0;
  for (let i = 0; i < m; i++) {
    let k = order[tiePair[i]!]!;
    if (k < 0) {
      k = order[tiePair[i]!] = next++;
      const tie = restricted[use[i]!]!;
      lo[k] = lowOf[i]!;
      hi[k] = tie.a < tie.b ? tie.b : tie.a;
    }
    tiePair[i] = k;
    start[k + 1]++;
  }
  for (let k = 0; k < count; k++) start[k + 1] += start[k]!;
  const ties = new Int32Array(m);
  const fill = start.slice(0, count);
  for (let i = 0; i < m; i++) ties[fill[tiePair[i]!]!++] = use[i]!;
  return { count, lo, hi, start, ties };
}

/** Each pair's strength from every piece of evidence the sight may use. */
function pairStrengths(net: Network, index: RestrictedIndex, pairs: OverlayPairs): Float64Array {
  const { count, lo, hi, start, ties } = pairs;
  const strength = new Float64Array(count);
  for (let k = 0; k < count; k++)
    strength[k] = pairStrength(net, index, lo[k]!, hi[k]!, ties, start[k]!, start[k + 1]!);
  return strength;
}

/** The adjacency of `pairs`: each pair added to both its people's rows, in pair order. */
function overlayFrom(net: Network, pairs: OverlayPairs, pairS: Float64Array): Overlay {
  const n = net.personIds.length;
  const { count, lo, hi, start, ties } = pairs;
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    offsets[lo[k]! + 1]++;
    offsets[hi[k]! + 1]++;
  }
  for (let p = 0; p < n; p++) offsets[p + 1] += offsets[p]!;
  const fill = offsets.slice(0, n);
  const size = 2 * count;
  const neighbours = new Int32Array(size);
  const costs = new Float64Array(size);
  const strength = new Float64Array(size);
  const entryPair = new Int32Array(size);
  const alpha = net.graph.config.alpha;
  for (let k = 0; k < count; k++) {
    const [a, b, s] = [lo[k]!, hi[k]!, pairS[k]!];
    const cost = -Math.log(s) + alpha;
    let i = fill[a]!++;
    neighbours[i] = b;
    strength[i] = s;
    costs[i] = cost;
    entryPair[i] = k;
    i = fill[b]!++;
    neighbours[i] = a;
    strength[i] = s;
    costs[i] = cost;
    entryPair[i] = k;
  }
  return {
    offsets,
    neighbours,
    costs,
    strength,
    entryPair,
    pairStart: start.subarray(0, count + 1),
    pairTies: ties.subarray(0, start[count]),
  };
}

/**
 * Noisy-OR over the pair's usable restricted ties, then its shared evidence — the pieces and the
 * order explain.ts lists (so explanations recompute this exactly).
 */
function pairStrength(
  net: Network,
  index: RestrictedIndex,
  a: number,
  b: number,
  ties: Int32Array,
  from: number,
  to: number,
): number {
  const { graph } = net;
  let miss = 1;
  for (let i = from; i < to; i++) miss *= 1 - index.strength[ties[i]!]!;
  const e = edgeIndex(graph, a, b);
  if (e >= 0) {
    const pair = graph.edgePair[e]!;
    for (let i = graph.pairEvidence[pair]!; i < graph.pairEvidence[pair + 1]!; i++) {
      miss *= 1 - evidenceStrengthOf(graph, graph.evidence[i]!);
    }
  }
  return 1 - miss;
}

function restrictedEvidence(net: Network, ties: Int32Array): EvidenceExplanation[] {
  return Array.from(ties, (t) => {
    const { row } = net.restricted[t]!;
    const day = row.lastContact === undefined ? undefined : dayNumber(row.lastContact);
    return explainDeclared(net.graph, row.strength, day, row.context ?? null);
  });
}

/** For explain.ts: the restricted ties this overlay uses on the hop a–b, explained. */
function overlayEvidence(net: Network, overlay: Overlay): RestrictedEvidence {
  return (a, b) => {
    const e = overlayEntry(overlay, a, b);
    return e < 0 ? [] : restrictedEvidence(net, overlayTies(overlay, e));
  };
}

/** What a service needs to answer one viewer: the overlay its searches scan, and how to explain it. */
export interface View {
  sight: Sight;
  overlay: Overlay;
  explain: RestrictedEvidence;
}

export function viewOf(net: Network, viewer: Viewer | null): View {
  const sight = sightOf(net, viewer);
  const overlay = overlayFor(net, sight);
  return { sight, overlay, explain: overlayEvidence(net, overlay) };
}
