/**
 * What the assets computations read, as plain rows (cloneable to a worker thread), and the
 * network they compile at a given date. A warm hop is an edge of the introductions graph
 * (docs/introductions.md) built *as of that date*; hidden people keep no edges at all, so no
 * algorithm here can step onto them, count them or rank them. Private ties never arrive.
 */
import { buildIntroductionGraph, type IntroductionInput } from '../features/introductions/engine/index.ts';
import type { Csr } from './csr.ts';

export interface AssetsData {
  /** The day "now" is measured from (YYYY-MM-DD). */
  today: string;
  people: { id: string; discoverable: boolean }[];
  /** Non-private declared ties. */
  ties: { a: string; b: string; strength: number; lastContact?: string; visibility: 'public' | 'organisation' }[];
  projects: { id: string; start?: string; end?: string; participants: string[] }[];
  organisations: { id: string; sector: string }[];
  memberships: { personId: string; organisationId: string; since?: string; until?: string }[];
  skills: { id: string; broader?: string }[];
  /** [personId, skillId, level]. */
  holdings: [string, string, number][];
  needs: { organisationId: string; skillId: string; priority: number }[];
}

export interface AssetsNetwork {
  date: string;
  /** People graph; weights = the pair's combined warm strength s ∈ (0, 1]. */
  graph: Csr;
  personIds: readonly string[];
  personIndex: ReadonlyMap<string, number>;
  visible: Uint8Array;
  orgIds: readonly string[];
  orgIndex: ReadonlyMap<string, number>;
  orgSector: readonly string[];
  /** Visible members of each organisation at `date`, ascending. */
  orgMembers: readonly number[][];
  /** Organisations each person belongs to at `date`. */
  personOrgs: readonly number[][];
  skillIds: readonly string[];
  skillIndex: ReadonlyMap<string, number>;
  /** Skill → itself and every narrower skill (any depth). */
  skillFamily: readonly number[][];
  /** Skills each person holds (level ≥ 1). */
  personSkills: readonly number[][];
  /** Visible holders of each skill or a narrower one. */
  skillHolders: readonly number[][];
  /** Visible people holding exactly this skill (reach counts skills by direct holdings). */
  skillDirectHolders: readonly number[][];
  /** Organisation → [skill, priority] it needs, highest priority first. */
  orgNeeds: readonly [number, number][][];
}

/**
 * Membership on `date`: started (no `since`, or since ≤ date) and not ended (no `until`, or
 * until > date) — the same "until strictly after" rule as the introductions projection.
 */
export const memberOn = (m: { since?: string; until?: string }, date: string): boolean =>
  (m.since === undefined || m.since <= date) && (m.until === undefined || m.until > date);

/**
 * The introductions input as of `date`. Undated evidence counts at every date (we cannot place
 * it); dated evidence counts from its date: a declared tie from its last contact, a project from
 * its start, a membership from `since` until `until`. Recency is measured from `date`.
 */
export function inputOn(data: AssetsData, date: string): IntroductionInput {
  // Rows read in separate transactions may name someone added after the people were read.
  const known = new Set(data.people.map((p) => p.id));
  const members = new Map<string, string[]>(data.organisations.map((o) => [o.id, []]));
  for (const m of data.memberships) {
    if (memberOn(m, date) && known.has(m.personId)) members.get(m.organisationId)?.push(m.personId);
  }
  return {
    today: date,
    people: data.people,
    knows: data.ties.filter(
      (t) => (t.lastContact === undefined || t.lastContact <= date) && known.has(t.a) && known.has(t.b),
    ),
    projects: data.projects
      .filter((p) => p.start === undefined || p.start <= date)
      .map((p) => ({
        id: p.id,
        participants: p.participants.filter((id) => known.has(id)),
        ...(p.end === undefined ? {} : { end: p.end }),
      })),
    organisations: data.organisations.map((o) => ({ id: o.id, currentMembers: members.get(o.id) ?? [] })),
  };
}

/** Compiles the network of `date` (default: data.today). */
export function buildNetwork(data: AssetsData, date: string = data.today): AssetsNetwork {
  const intro = buildIntroductionGraph(inputOn(data, date));
  const visible = intro.discoverable;
  const graph = visibleGraph(intro.offsets, intro.neighbours, intro.edgePair, intro.pairStrength, visible);
  const orgIds = data.organisations.map((o) => o.id);
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const orgMembers: number[][] = orgIds.map(() => []);
  const personOrgs: number[][] = intro.ids.map(() => []);
  for (const m of data.memberships) {
    const [p, o] = [intro.indexOf.get(m.personId), orgIndex.get(m.organisationId)];
    if (p === undefined || o === undefined || !memberOn(m, date)) continue;
    personOrgs[p]!.push(o);
    if (visible[p] === 1) orgMembers[o]!.push(p);
  }
  // A person listed twice (two membership rows) is still one member.
  const uniqueMembers = orgMembers.map((list) => [...new Set(list)].sort((a, b) => a - b));
  const skills = skillTables(data, intro.indexOf, visible);
  const orgNeeds: [number, number][][] = orgIds.map(() => []);
  for (const need of data.needs) {
    const [o, s] = [orgIndex.get(need.organisationId), skills.skillIndex.get(need.skillId)];
    if (o !== undefined && s !== undefined) orgNeeds[o]!.push([s, need.priority]);
  }
  orgNeeds.forEach((list) => list.sort((a, b) => b[1] - a[1] || a[0] - b[0]));
  return {
    date,
    graph,
    personIds: intro.ids,
    personIndex: intro.indexOf,
    visible,
    orgIds,
    orgIndex,
    orgSector: data.organisations.map((o) => o.sector),
    orgMembers: uniqueMembers,
    personOrgs: personOrgs.map((list) => [...new Set(list)]),
    orgNeeds,
    ...skills,
  };
}

/** Drops every adjacency entry touching a hidden person; keeps the pair strength as weight. */
function visibleGraph(
  offsets: Int32Array,
  neighbours: Int32Array,
  edgePair: Int32Array,
  pairStrength: Float64Array,
  visible: Uint8Array,
): Csr {
  const n = offsets.length - 1;
  const newOffsets = new Int32Array(n + 1);
  let count = 0;
  for (let p = 0; p < n; p++) {
    if (visible[p] === 1) for (let e = offsets[p]; e < offsets[p + 1]; e++) if (visible[neighbours[e]] === 1) count++;
    newOffsets[p + 1] = count;
  }
  const out = new Int32Array(count);
  const weights = new Float64Array(count);
  let i = 0;
  for (let p = 0; p < n; p++) {
    if (visible[p] !== 1) continue;
    for (let e = offsets[p]; e < offsets[p + 1]; e++) {
      if (visible[neighbours[e]] !== 1) continue;
      weights[i] = pairStrength[edgePair[e]];
      out[i++] = neighbours[e];
    }
  }
  return { n, offsets: newOffsets, neighbours: out, weights };
}

function skillTables(data: AssetsData, personIndex: ReadonlyMap<string, number>, visible: Uint8Array) {
  const skillIds = data.skills.map((s) => s.id).sort();
  const skillIndex = new Map(skillIds.map((id, i) => [id, i]));
  const children: number[][] = skillIds.map(() => []);
  for (const s of data.skills) {
    const parent = s.broader === undefined ? undefined : skillIndex.get(s.broader);
    if (parent !== undefined) children[parent]!.push(skillIndex.get(s.id)!);
  }
  const skillFamily = skillIds.map((_, s) => {
    const family = new Set([s]);
    for (const x of family) for (const c of children[x]!) family.add(c);
    return [...family];
  });
  const personSkills: number[][] = personIndex.size ? Array.from({ length: personIndex.size }, () => []) : [];
  const directHolders: number[][] = skillIds.map(() => []);
  for (const [personId, skillId, level] of data.holdings) {
    const [p, s] = [personIndex.get(personId), skillIndex.get(skillId)];
    if (p === undefined || s === undefined || level < 1) continue;
    personSkills[p]!.push(s);
    if (visible[p] === 1) directHolders[s]!.push(p);
  }
  const skillHolders = skillFamily.map((family) => [...new Set(family.flatMap((x) => directHolders[x]!))]);
  return { skillIds, skillIndex, skillFamily, personSkills, skillHolders, skillDirectHolders: directHolders };
}
