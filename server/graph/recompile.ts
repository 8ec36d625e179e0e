/**
 * Rebuilds only what a change touched (store.ts calls it after a delta): the pairs with an end
 * among the touched people, and the pairs inside groups (projects, organisations) whose members,
 * dates or size may have changed, are recomputed from the new input exactly as compile.ts would;
 * every other pair keeps its strength and evidence. Linear passes over typed arrays, no sort of
 * the whole graph, so a write costs milliseconds where a compile of a national network costs
 * seconds. Returns undefined when it cannot (people added or removed, another day, other
 * organisations): the caller compiles in full. test/unit/one-network.test.ts checks that the
 * result equals a full compile on random changes.
 */
import { adjacency, dayCache, type Pairs } from './compile.ts';
import { checkStrength, declaredStrength, organisationStrength, projectStrength, dayNumber } from './evidence.ts';
import type { PeopleGraphInput } from './evidence.ts';
import type { EvidenceSources, PeopleGraph } from './people-graph.ts';
import { sharedArray, toShared } from './shared-memory.ts';

export interface Touched {
  /** People whose rows changed: every pair with them at one end is recomputed. */
  people: ReadonlySet<string>;
  /** Member ids (old and new) of groups that may have changed: every pair inside is recomputed. */
  groups: readonly (readonly string[])[];
}

interface Piece {
  lo: number;
  hi: number;
  strength: number;
  /** A tie's [strength, contact day], or a group index in the new input. */
  tie?: [number, number];
  group?: number;
}

export function recompilePeopleGraph(
  old: PeopleGraph,
  input: PeopleGraphInput,
  touched: Touched,
): PeopleGraph | undefined {
  const n = old.ids.length;
  const { config, indexOf } = old;
  if (input.people.length !== n || dayNumber(input.today) !== old.todayDay) return undefined;
  if (input.organisations.some((o, i) => o.id !== old.sources.organisationIds[i])) return undefined;
  if (input.organisations.length !== old.sources.organisationIds.length) return undefined;
  const discoverable = sharedArray(Uint8Array, n);
  for (const p of input.people) {
    const i = indexOf.get(p.id);
    if (i === undefined) return undefined;
    discoverable[i] = p.discoverable ? 1 : 0;
  }
  const index = (id: string) => indexOf.get(id)!;
  const inR = affectedPairs(n, touched, index);
  const members = [
    ...input.projects.map((p) => p.participants),
    ...input.organisations.map((o) => o.currentMembers),
  ].map((ids) => Int32Array.from(new Set(ids.map(index))));
  const day = dayCache();
  const pieces = affectedPieces(old, input, members, inR, index, day);
  const P = input.projects.length;
  const projectEndDay = Float64Array.from(input.projects, (p) => day(p.end) ?? NaN);
  const sizes = Int32Array.from(members, (m) => m.length);
  const groupOf = groupMap(old.sources, input);
  const merged = merge(old, pieces, inR, groupOf);
  const sources: EvidenceSources = {
    tieStrength: merged.tieStrength,
    tieContactDay: merged.tieContactDay,
    projectIds: input.projects.map((p) => p.id),
    projectEndDay: toShared(projectEndDay),
    projectSize: toShared(sizes.subarray(0, P)),
    organisationIds: input.organisations.map((o) => o.id),
    organisationSize: toShared(sizes.subarray(P)),
  };
  return {
    config,
    todayDay: old.todayDay,
    ids: old.ids,
    indexOf,
    discoverable,
    ...adjacency(merged.pairs, n, config.alpha),
    sources,
  };
}

/** Whether the pair (a, b) must be recomputed. */
function affectedPairs(n: number, touched: Touched, index: (id: string) => number) {
  const mark = new Uint8Array(n);
  for (const id of touched.people) {
    const i = index(id);
    if (i !== undefined) mark[i] = 1;
  }
  const groupsOf = new Map<number, number[]>();
  touched.groups.forEach((ids, g) => {
    for (const id of new Set(ids)) {
      const i = index(id);
      if (i !== undefined) groupsOf.set(i, [...(groupsOf.get(i) ?? []), g]);
    }
  });
  const inR = (a: number, b: number): boolean => {
    if (mark[a] === 1 || mark[b] === 1) return true;
    const ga = groupsOf.get(a);
    const gb = ga && groupsOf.get(b);
    return gb !== undefined && ga!.some((g) => gb.includes(g));
  };
  return Object.assign(inR, { relevant: (p: number) => mark[p] === 1 || groupsOf.has(p) });
}

type InR = ReturnType<typeof affectedPairs>;

/** The new evidence of every affected pair, in compile.ts's order: ties in input order, then groups. */
function affectedPieces(
  old: PeopleGraph,
  input: PeopleGraphInput,
  members: Int32Array[],
  inR: InR,
  index: (id: string) => number,
  day: (date: string | undefined) => number | undefined,
): Piece[] {
  const { config, todayDay } = old;
  const pieces: Piece[] = [];
  for (const t of input.knows) {
    if (t.visibility === 'private' || t.a === t.b) continue;
    const [a, b] = [index(t.a), index(t.b)];
    if (!inR(a, b)) continue;
    checkStrength(t.strength, t.a, t.b);
    const contact = day(t.lastContact);
    const s = declaredStrength(config, todayDay, t.strength, contact);
    pieces.push({ lo: Math.min(a, b), hi: Math.max(a, b), strength: s, tie: [t.strength, contact ?? NaN] });
  }
  const P = input.projects.length;
  members.forEach((m, g) => {
    const s =
      g < P
        ? projectStrength(config, todayDay, day(input.projects[g]!.end), m.length)
        : organisationStrength(config, m.length);
    if (s === 0) return;
    const seen = new Set<number>();
    for (const x of m) {
      if (!inR.relevant(x)) continue;
      for (const y of m) {
        if (x === y || !inR(x, y)) continue;
        const [lo, hi] = x < y ? [x, y] : [y, x];
        if (seen.has(lo * old.ids.length + hi)) continue;
        seen.add(lo * old.ids.length + hi);
        pieces.push({ lo, hi, strength: s, group: g });
      }
    }
  });
  // Stable: within a pair, ties (input order) stay before groups (group order), as in compile.ts.
  return pieces.sort((a, b) => a.lo - b.lo || a.hi - b.hi);
}

/** Old group reference (old project index, or projects + organisation index) → new one (−1: gone). */
function groupMap(old: EvidenceSources, input: PeopleGraphInput): Int32Array {
  const newProject = new Map(input.projects.map((p, i) => [p.id, i]));
  const P = input.projects.length;
  const map = new Int32Array(old.projectIds.length + old.organisationIds.length);
  old.projectIds.forEach((id, i) => (map[i] = newProject.get(id) ?? -1));
  old.organisationIds.forEach((_, i) => (map[old.projectIds.length + i] = P + i));
  return map;
}

/** Old pairs that stay, and the recomputed ones, in (lo, hi) order, with evidence re-encoded. */
function merge(old: PeopleGraph, pieces: Piece[], inR: InR, groupOf: Int32Array) {
  const oldTies = old.sources.tieStrength.length;
  const kept: number[] = []; // old pair indices that stay, with their lo/hi
  const keptLo: number[] = [];
  const keptHi: number[] = [];
  let tieCount = 0;
  let evidenceCount = 0;
  for (let p = 0; p < old.ids.length; p++) {
    for (let e = old.offsets[p]!; e < old.offsets[p + 1]!; e++) {
      const q = old.neighbours[e]!;
      if (q < p || inR(p, q)) continue;
      const pair = old.edgePair[e]!;
      kept.push(pair);
      keptLo.push(p);
      keptHi.push(q);
      for (let i = old.pairEvidence[pair]!; i < old.pairEvidence[pair + 1]!; i++) {
        if (old.evidence[i]! < oldTies) tieCount += 1;
        evidenceCount++;
      }
    }
  }
  for (const piece of pieces) if (piece.tie) tieCount++;
  const total = evidenceCount + pieces.length;
  const tieStrength = sharedArray(Float64Array, tieCount);
  const tieContactDay = sharedArray(Float64Array, tieCount);
  const pairs: Pairs = {
    lo: new Int32Array(total),
    hi: new Int32Array(total),
    strength: new Float64Array(total),
    evidenceStart: new Int32Array(total + 1),
    evidence: sharedArray(Int32Array, total),
    count: 0,
  };
  let ties = 0;
  let at = 0;
  const ref = (tie: [number, number] | undefined, group: number) => {
    if (!tie) return tieCount + group;
    tieStrength[ties] = tie[0];
    tieContactDay[ties] = tie[1];
    return ties++;
  };
  const open = (lo: number, hi: number) => {
    const q = pairs.count++;
    pairs.lo[q] = lo;
    pairs.hi[q] = hi;
    pairs.evidenceStart[q] = at;
    return q;
  };
  let k = 0;
  let r = 0;
  while (k < kept.length || r < pieces.length) {
    const takeKept =
      r >= pieces.length ||
      (k < kept.length && (keptLo[k]! < pieces[r]!.lo || (keptLo[k] === pieces[r]!.lo && keptHi[k]! < pieces[r]!.hi)));
    if (takeKept) {
      const pair = kept[k]!;
      const q = open(keptLo[k]!, keptHi[k]!);
      for (let i = old.pairEvidence[pair]!; i < old.pairEvidence[pair + 1]!; i++) {
        const e = old.evidence[i]!;
        pairs.evidence[at++] =
          e < oldTies
            ? ref([old.sources.tieStrength[e]!, old.sources.tieContactDay[e]!], 0)
            : tieCount + groupOf[e - oldTies]!;
      }
      pairs.strength[q] = old.pairStrength[pair]!;
      k++;
      continue;
    }
    const { lo, hi } = pieces[r]!;
    const q = open(lo, hi);
    let miss = 1;
    for (; r < pieces.length && pieces[r]!.lo === lo && pieces[r]!.hi === hi; r++) {
      const piece = pieces[r]!;
      miss *= 1 - piece.strength;
      pairs.evidence[at++] = ref(piece.tie, piece.group ?? 0);
    }
    pairs.strength[q] = 1 - miss;
  }
  pairs.evidenceStart[pairs.count] = at;
  return { pairs, tieStrength, tieContactDay };
}
