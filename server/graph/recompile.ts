/**
 * Rebuilds only what a change touched (delta.ts calls it): the pairs with an end among the touched
 * people, and the pairs inside groups (projects, organisations) whose members, dates or size may
 * have changed, are recomputed exactly as compile.ts would compute them; every other pair keeps
 * its strength and evidence. The work is one pass over the old pairs with typed arrays (no
 * sorting, no string keys) plus the touched evidence, so a write costs a fraction of a compile.
 * test/unit/one-network.test.ts checks that the result equals a full compile on random changes,
 * evidence order included.
 */
import { adjacency, contextDictionary, type Pairs } from './compile.ts';
import { checkStrength, declaredStrength, organisationStrength, projectStrength } from './evidence.ts';
import type { EvidenceSources, PeopleGraph } from './people-graph.ts';
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

export function recompilePeopleGraph(input: RecompileInput): PeopleGraph {
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
  const merged = merge(old, pieces, inR, groupOf);
  const sources: EvidenceSources = {
    tieStrength: merged.tieStrength,
    tieContactDay: merged.tieContactDay,
    tieContext: merged.tieContext,
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
    ...adjacency(merged.pairs, n, old.config.alpha),
    sources,
  };
}

/**
 * The same graph over a wider set of people: `newcomers` (ids it does not hold) get their places in
 * id order, with no pairs yet, and everyone else moves up by the number of newcomers before them.
 * The move keeps every order the graph relies on (ids, neighbour lists, pairs), so pairs, costs and
 * evidence stay as they are; only the neighbour indices are renumbered. recompilePeopleGraph then
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
 * Old pairs that stay, and the recomputed ones, in (lo, hi) order. The old ties' values are copied
 * whole and the new ones appended, so a kept pair's tie references stay as they are; only group
 * references move. Ties of dropped pairs stay unreferenced in the store until the next full
 * compile (at the latest the next day), a few bytes per write.
 */
function merge(old: PeopleGraph, pieces: Piece[], inR: InR, groupOf: Int32Array) {
  const oldTies = old.sources.tieStrength.length;
  const pairCount = old.pairStrength.length;
  const { relevant } = inR;
  const keptPair = new Int32Array(pairCount);
  const keptLo = new Int32Array(pairCount);
  const keptHi = new Int32Array(pairCount);
  let kept = 0;
  let evidenceCount = 0;
  // Plain locals in the loops: they run over every pair on each write.
  const { offsets, neighbours, edgePair, pairEvidence } = old;
  const n = old.ids.length;
  for (let p = 0; p < n; p++) {
    const pRelevant = relevant[p] === 1;
    const end = offsets[p + 1]!;
    for (let e = offsets[p]!; e < end; e++) {
      const q = neighbours[e]!;
      if (q < p || ((pRelevant || relevant[q] === 1) && inR(p, q))) continue;
      const pair = edgePair[e]!;
      keptPair[kept] = pair;
      keptLo[kept] = p;
      keptHi[kept++] = q;
      evidenceCount += pairEvidence[pair + 1]! - pairEvidence[pair]!;
    }
  }
  let newTies = 0;
  for (const piece of pieces) if (piece.tie) newTies++;
  const tieCount = oldTies + newTies;
  const tieStrength = sharedArray(Float64Array, tieCount);
  const tieContactDay = sharedArray(Float64Array, tieCount);
  const tieContext = sharedArray(Int32Array, tieCount);
  tieContext.set(old.sources.tieContext);
  tieStrength.set(old.sources.tieStrength);
  tieContactDay.set(old.sources.tieContactDay);
  const size = kept + pieces.length;
  const pairs: Pairs = {
    lo: new Int32Array(size),
    hi: new Int32Array(size),
    strength: sharedArray(Float64Array, size),
    evidenceStart: sharedArray(Int32Array, size + 1),
    evidence: sharedArray(Int32Array, evidenceCount + pieces.length),
    count: 0,
  };
  const { lo, hi, strength, evidenceStart, evidence } = pairs;
  const { evidence: oldEvidence, pairStrength: oldStrength } = old;
  let ties = oldTies;
  let at = 0;
  let q = 0;
  let k = 0;
  let r = 0;
  while (k < kept || r < pieces.length) {
    const next = pieces[r];
    if (next === undefined || (k < kept && (keptLo[k]! < next.lo || (keptLo[k] === next.lo && keptHi[k]! < next.hi)))) {
      const pair = keptPair[k]!;
      lo[q] = keptLo[k]!;
      hi[q] = keptHi[k]!;
      evidenceStart[q] = at;
      const end = pairEvidence[pair + 1]!;
      for (let i = pairEvidence[pair]!; i < end; i++) {
        const e = oldEvidence[i]!;
        evidence[at++] = e < oldTies ? e : tieCount + groupOf[e - oldTies]!;
      }
      strength[q++] = oldStrength[pair]!;
      k++;
      continue;
    }
    lo[q] = next.lo;
    hi[q] = next.hi;
    evidenceStart[q] = at;
    let miss = 1;
    for (; r < pieces.length && pieces[r]!.lo === next.lo && pieces[r]!.hi === next.hi; r++) {
      const piece = pieces[r]!;
      miss *= 1 - piece.strength;
      if (piece.tie) {
        tieStrength[ties] = piece.tie[0];
        tieContactDay[ties] = piece.tie[1];
        tieContext[ties] = piece.tie[2];
        evidence[at++] = ties++;
      } else evidence[at++] = tieCount + piece.group!;
    }
    strength[q++] = 1 - miss;
  }
  pairs.count = q;
  evidenceStart[q] = at;
  return { pairs, tieStrength, tieContactDay, tieContext };
}
