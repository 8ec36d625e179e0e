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
 * the viewer may use), and overlays are cached per network and sight; a write builds the new
 * network's overlays of the sights that asked the old one, in slices (`prepareOverlays`).
 */
import type { Viewer } from '../shared/viewer.ts';
import { dayCache } from './compile.ts';
import { dayNumber, declaredStrength } from './evidence.ts';
import { evidenceStrengthOf, explainDeclared, type EvidenceExplanation, type RestrictedEvidence } from './explain.ts';
import type { Network } from './network.ts';
import { edgeIndex } from './people-graph.ts';
import type { TieRow } from './snapshot.ts';
import { finish, type Steps } from '../shared/turns.ts';

/** Restricted ties or overlay pairs handled between two chances to yield. */
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
  /** Entry → its pair's usable restricted ties (indices into the network's `restricted` rows). */
  readonly ties: readonly (readonly number[])[];
}

const EMPTY: Overlay = {
  offsets: new Int32Array(0),
  neighbours: new Int32Array(0),
  costs: new Float64Array(0),
  strength: new Float64Array(0),
  ties: [],
};

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
  let index = indexes.get(net);
  if (index) return index;
  const { graph, restricted } = net;
  const day = dayCache();
  const strength = new Float64Array(restricted.length);
  for (let t = 0; t < restricted.length; t++) {
    if (t % PER_STEP === PER_STEP - 1) yield;
    const { row } = restricted[t]!;
    strength[t] = declaredStrength(graph.config, graph.todayDay, row.strength, day(row.lastContact));
  }
  yield;
  const n = net.personIds.length;
  const offsets = new Int32Array(n + 1);
  for (const tie of restricted) {
    offsets[tie.a + 1]++;
    offsets[tie.b + 1]++;
  }
  for (let p = 0; p < n; p++) offsets[p + 1] += offsets[p];
  const fill = offsets.slice(0, n);
  const ties = new Int32Array(2 * restricted.length);
  restricted.forEach((tie, t) => {
    ties[fill[tie.a]++] = t;
    ties[fill[tie.b]++] = t;
  });
  indexes.set(net, (index = { strength, offsets, ties }));
  return index;
}

const cache = new WeakMap<Network, Map<string, { sight: Sight; overlay: Overlay }>>();
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
  return remember(net, sight, finish(buildOverlay(net, sight)));
}

/**
 * Builds, for `next`, the overlays of the sights that asked `old` (an administrator's overlay takes
 * ~150 ms at 100k people): a write calls it in slices before its network takes over, so the first
 * questions after a write find them ready and the event loop is never held for a whole overlay.
 * Only when both networks number people and organisations alike (a sight is indices); otherwise
 * each overlay is built when first asked, as before. Returns how many it built.
 */
export function* prepareOverlays(old: Network, next: Network): Steps<number> {
  const asked = cache.get(old);
  if (!asked || next.restricted.length === 0) return 0;
  const sameOrgs = old.orgIds.length === next.orgIds.length && old.orgIds.every((id, o) => id === next.orgIds[o]);
  if (old.personIds !== next.personIds || !sameOrgs) return 0;
  let built = 0;
  for (const { sight } of [...asked.values()]) {
    if (cache.get(next)?.has(keyOf(sight))) continue;
    remember(next, sight, yield* buildOverlay(next, sight));
    built++;
    yield;
  }
  return built;
}

/** The restricted ties worth testing for this sight: all of them for administrators, else those touching its people. */
function candidates(net: Network, sight: Sight, index: RestrictedIndex): Iterable<number> {
  if (sight.allOrganisationTies) return net.restricted.keys();
  const seen = new Set<number>();
  const people = sight.person < 0 ? [] : [sight.person];
  for (const o of sight.organisations) for (const [p] of net.orgCurrent[o]!) people.push(p);
  for (const p of people) for (let i = index.offsets[p]; i < index.offsets[p + 1]; i++) seen.add(index.ties[i]);
  return seen;
}

function* buildOverlay(net: Network, sight: Sight): Steps<Overlay> {
  const n = net.personIds.length;
  const index = yield* restrictedIndex(net);
  let members: Uint8Array | null = null;
  if (!sight.allOrganisationTies && sight.organisations.length > 0) {
    members = new Uint8Array(n);
    for (const o of sight.organisations) for (const [p] of net.orgCurrent[o]!) members[p] = 1;
  }
  // Usable restricted ties grouped by pair (two ties between the same two people combine), in
  // the order of the network's rows.
  const byPair = new Map<number, number[]>();
  const usableTies = [...candidates(net, sight, index)].filter((t) => usable(sight, members, net.restricted[t]!));
  usableTies.sort((x, y) => x - y);
  yield;
  for (let i = 0; i < usableTies.length; i++) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const t = usableTies[i]!;
    const tie = net.restricted[t]!;
    const [lo, hi] = tie.a < tie.b ? [tie.a, tie.b] : [tie.b, tie.a];
    const key = lo * n + hi;
    const list = byPair.get(key);
    if (list) list.push(t);
    else byPair.set(key, [t]);
  }
  if (byPair.size === 0) return EMPTY;
  const offsets = new Int32Array(n + 1);
  for (const key of byPair.keys()) {
    offsets[Math.floor(key / n) + 1]++;
    offsets[(key % n) + 1]++;
  }
  for (let p = 0; p < n; p++) offsets[p + 1] += offsets[p];
  const fill = offsets.slice(0, n);
  const size = 2 * byPair.size;
  const neighbours = new Int32Array(size);
  const costs = new Float64Array(size);
  const strength = new Float64Array(size);
  const ties: number[][] = new Array<number[]>(size);
  const alpha = net.graph.config.alpha;
  let done = 0;
  for (const [key, list] of byPair) {
    if (++done % PER_STEP === 0) yield;
    const [lo, hi] = [Math.floor(key / n), key % n];
    const s = pairStrength(net, index, lo, hi, list);
    for (const [from, to] of [
      [lo, hi],
      [hi, lo],
    ] as const) {
      const i = fill[from]++;
      neighbours[i] = to;
      strength[i] = s;
      costs[i] = -Math.log(s) + alpha;
      ties[i] = list;
    }
  }
  return { offsets, neighbours, costs, strength, ties };
}

/**
 * Noisy-OR over the pair's usable restricted ties, then its shared evidence — the pieces and the
 * order explain.ts lists (so explanations recompute this exactly).
 */
function pairStrength(net: Network, index: RestrictedIndex, a: number, b: number, ties: readonly number[]): number {
  const { graph } = net;
  let miss = 1;
  for (const t of ties) miss *= 1 - index.strength[t]!;
  const e = edgeIndex(graph, a, b);
  if (e >= 0) {
    const pair = graph.edgePair[e]!;
    for (let i = graph.pairEvidence[pair]!; i < graph.pairEvidence[pair + 1]!; i++) {
      miss *= 1 - evidenceStrengthOf(graph, graph.evidence[i]!);
    }
  }
  return 1 - miss;
}

function restrictedEvidence(net: Network, ties: readonly number[]): EvidenceExplanation[] {
  return ties.map((t) => {
    const { row } = net.restricted[t]!;
    const day = row.lastContact === undefined ? undefined : dayNumber(row.lastContact);
    return explainDeclared(net.graph, row.strength, day, row.context ?? null);
  });
}

/** For explain.ts: the restricted ties this overlay uses on the hop a–b, explained. */
function overlayEvidence(net: Network, overlay: Overlay): RestrictedEvidence {
  return (a, b) => {
    const e = overlayEntry(overlay, a, b);
    return e < 0 ? [] : restrictedEvidence(net, overlay.ties[e]!);
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
