/**
 * The one date rule, and the compiled network of a day that every engine reads.
 *
 * Evidence counts on a day only if it existed on that day (docs/decisions/0010-one-network.md):
 * - a declared tie from its last contact (undated: always — we cannot place it);
 * - a project from its start (undated: always); its recency is measured from its end;
 * - a membership from `since` (undated: always) until the day before `until` (a membership
 *   ending today has ended).
 * Recency is measured from the day itself. Introductions, suggestions, the team composer, STO
 * matching and connection assets all read the network this module compiles, so a warm hop can
 * never mean two things (decision 0007).
 */
import { finish, type Steps } from '../shared/turns.ts';
import { compilePeopleGraph } from './compile.ts';
import type { IntroductionConfig } from './config.ts';
import type { PeopleGraphInput } from './evidence.ts';
import type { PeopleGraph } from './people-graph.ts';
import type { RestrictedTie } from './sight.ts';
import type { OrganisationRow, PersonFields, PersonRow, ProjectRow, SkillRow, Snapshot } from './snapshot.ts';

export interface Network {
  /** The day this network is compiled for. */
  date: string;
  /** The warm graph of people (hidden people keep their edges: see people-graph.ts). */
  graph: PeopleGraph;
  personIds: readonly string[];
  personIndex: ReadonlyMap<string, number>;
  /** 1 when the person may appear in answers (discoverable). */
  visible: Uint8Array;
  orgIds: readonly string[];
  orgIndex: ReadonlyMap<string, number>;
  orgSector: readonly string[];
  /** Every member of each organisation on `date` (hidden ones included), with role, since and until, by person index. */
  orgCurrent: readonly (readonly [number, string | null, string | null, string | null])[][];
  /** Visible members of each organisation on `date`, ascending. */
  orgMembers: readonly number[][];
  /** Organisations each person belongs to on `date`. */
  personOrgs: readonly number[][];
  skillIds: readonly string[];
  skillIndex: ReadonlyMap<string, number>;
  /** Skill → itself and every narrower skill (any depth). */
  skillFamily: readonly number[][];
  /** Skills each person holds (level ≥ 1). */
  personSkills: readonly number[][];
  /** Every holder of exactly this skill, hidden people included: [person, level]. */
  holdings: readonly (readonly [number, number])[][];
  /** Visible holders of each skill or a narrower one. */
  skillHolders: readonly number[][];
  /** Visible people holding exactly this skill (reach counts skills by direct holdings). */
  skillDirectHolders: readonly number[][];
  /** Organisation → [skill, priority] it needs, highest priority first. */
  orgNeeds: readonly [number, number][][];
  /** Availability and STO fields of people who have any recorded. */
  fields: Readonly<Record<string, PersonFields>>;
  /** ORGANISATION and PRIVATE ties of `date` (not self-ties): each viewer's overlay picks from these (sight.ts). */
  restricted: readonly RestrictedTie[];
  /** What answers show (names.ts): each person's row by person index, organisations by orgIds order, skills by skillIds order, projects by id. */
  rows: {
    people: readonly PersonRow[];
    organisations: readonly OrganisationRow[];
    skills: readonly SkillRow[];
    projects: ReadonlyMap<string, ProjectRow>;
  };
}

/** Membership on `date`: started (no `since`, or since ≤ date) and not ended (no `until`, or until > date). */
export const memberOn = (m: { since?: string; until?: string }, date: string): boolean =>
  (m.since === undefined || m.since <= date) && (m.until === undefined || m.until > date);

/** A tie exists on `date` from its last contact; an undated one always. */
export const tieOn = (t: { lastContact?: string }, date: string): boolean =>
  t.lastContact === undefined || t.lastContact <= date;

/** A project exists on `date` from its start; an undated one always. */
export const projectOn = (p: { start?: string }, date: string): boolean => p.start === undefined || p.start <= date;

/** The people-graph input on `date`: the date rule applied to the snapshot's rows. */
export function inputOn(snapshot: Snapshot, date: string): PeopleGraphInput {
  // Rows read in separate transactions may name someone added after the people were read.
  const known = new Set(snapshot.people.map((p) => p.id));
  const members = new Map<string, string[]>(snapshot.organisations.map((o) => [o.id, []]));
  for (const m of snapshot.memberships) {
    if (memberOn(m, date) && known.has(m.personId)) members.get(m.organisationId)?.push(m.personId);
  }
  return {
    today: date,
    people: snapshot.people,
    // Only PUBLIC ties are shared evidence; the others are laid over it per viewer (sight.ts).
    knows: snapshot.ties.filter(
      (t) => tieOn(t, date) && known.has(t.a) && known.has(t.b),
      (i) => snapshot.ties.isPublic(i),
    ),
    projects: snapshot.projects
      .filter((p) => p.participants.length > 0 && projectOn(p, date))
      .map((p) => ({
        id: p.id,
        participants: p.participants.filter((id) => known.has(id)),
        ...(p.end === undefined ? {} : { end: p.end }),
      })),
    organisations: snapshot.organisations.map((o) => ({ id: o.id, currentMembers: members.get(o.id) ?? [] })),
  };
}

/** Compiles the network of `date` (default: the snapshot's today). */
export function compileNetwork(
  snapshot: Snapshot,
  date: string = snapshot.today,
  config?: Partial<IntroductionConfig>,
): Network {
  return withTables(snapshot, date, compilePeopleGraph(inputOn(snapshot, date), config));
}

/**
 * The network as it crosses to the assets worker thread: the shared people graph and the tables
 * the assets engines read. The rows answers are named from (names.ts), the viewers' restricted
 * ties, the members' roles and dates, exact holdings and availability stay on the API's thread:
 * the worker would hold a structured copy of each (tens of MB at 100k people) and never read it.
 */
export type WorkerNetwork = Omit<Network, 'rows' | 'restricted' | 'orgCurrent' | 'holdings' | 'fields'>;

export function forWorkers(net: Network): WorkerNetwork {
  const { rows, restricted, orgCurrent, holdings, fields, ...kept } = net;
  void [rows, restricted, orgCurrent, holdings, fields];
  return kept;
}

/** The organisation and skill tables of `date` around an already compiled people graph. */
export function withTables(snapshot: Snapshot, date: string, graph: PeopleGraph): Network {
  return finish(tableSteps(snapshot, date, graph));
}

/** Rows between two chances to give the event loop a turn. */
const ROWS_PER_STEP = 10_000;

/** Who is a current member of what (visibility aside): the part of the tables memberships make. */
export type MemberRows = Pick<Network, 'orgIds' | 'orgIndex' | 'orgCurrent' | 'personOrgs'>;
type SkillPart = Pick<
  Network,
  'skillIds' | 'skillIndex' | 'skillFamily' | 'personSkills' | 'holdings' | 'skillHolders' | 'skillDirectHolders'
> & { skillRows: readonly SkillRow[] };

/**
 * Parts a write may keep from the network before it (delta.ts): each only when what it is made
 * of (memberships, holdings and visibility, ties) did not change and no one was added.
 */
export interface KeptTables {
  members?: MemberRows;
  skills?: Network;
  restricted?: Network['restricted'];
}

/** The same, yielding where the event loop may take a turn (the store runs it in slices). */
export function* tableSteps(
  snapshot: Snapshot,
  date: string,
  graph: PeopleGraph,
  kept: KeptTables = {},
): Steps<Network> {
  const visible = graph.discoverable;
  const members = kept.members ?? (yield* memberSteps(snapshot, date, graph));
  const { orgIds, orgIndex, orgCurrent, personOrgs } = members;
  const orgMembers = orgCurrent.map((list) =>
    list
      .map(([p]) => p)
      .filter((p) => visible[p] === 1)
      .sort((a, b) => a - b),
  );
  yield;
  const { skillRows, ...skills }: SkillPart = kept.skills
    ? { ...pickSkills(kept.skills), skillRows: kept.skills.rows.skills }
    : yield* skillTables(snapshot, graph.indexOf, visible);
  const orgNeeds: [number, number][][] = orgIds.map(() => []);
  for (const need of snapshot.needs) {
    const [o, s] = [orgIndex.get(need.organisationId), skills.skillIndex.get(need.skillId)];
    if (o !== undefined && s !== undefined) orgNeeds[o]!.push([s, need.priority]);
  }
  orgNeeds.forEach((list) => list.sort((a, b) => b[1] - a[1] || a[0] - b[0]));
  const restricted = kept.restricted ?? (yield* restrictedSteps(snapshot, date, graph.indexOf));
  yield;
  return {
    date,
    graph,
    personIds: graph.ids,
    personIndex: graph.indexOf,
    visible,
    orgIds,
    orgIndex,
    orgSector: snapshot.organisations.map((o) => o.sector),
    orgCurrent,
    orgMembers,
    personOrgs,
    orgNeeds,
    fields: snapshot.fields,
    restricted,
    ...skills,
    rows: {
      people: peopleByIndex(snapshot, graph),
      organisations: snapshot.organisations,
      skills: skillRows,
      projects: new Map(snapshot.projects.map((p) => [p.id, p])),
    },
  };
}

/** Current members of each organisation on `date`, and each person's organisations. */
export function* memberSteps(snapshot: Snapshot, date: string, graph: PeopleGraph): Steps<MemberRows> {
  const orgIds = snapshot.organisations.map((o) => o.id);
  const orgIndex = new Map(orgIds.map((id, i) => [id, i]));
  const orgCurrent: [number, string | null, string | null, string | null][][] = orgIds.map(() => []);
  const personOrgs: number[][] = graph.ids.map(() => []);
  const { memberships } = snapshot;
  for (let i = 0; i < memberships.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const m = memberships[i]!;
    const [p, o] = [graph.indexOf.get(m.personId), orgIndex.get(m.organisationId)];
    if (p === undefined || o === undefined || !memberOn(m, date)) continue;
    // A person listed twice (two membership rows) is still one member.
    if (!personOrgs[p]!.includes(o)) {
      personOrgs[p]!.push(o);
      orgCurrent[o]!.push([p, m.role ?? null, m.since ?? null, m.until ?? null]);
    }
  }
  return { orgIds, orgIndex, orgCurrent, personOrgs };
}

const pickSkills = (net: Network): Omit<SkillPart, 'skillRows'> => ({
  skillIds: net.skillIds,
  skillIndex: net.skillIndex,
  skillFamily: net.skillFamily,
  personSkills: net.personSkills,
  holdings: net.holdings,
  skillHolders: net.skillHolders,
  skillDirectHolders: net.skillDirectHolders,
});

/** The day's ORGANISATION and PRIVATE ties between two known, different people. */
function* restrictedSteps(
  snapshot: Snapshot,
  date: string,
  indexOf: ReadonlyMap<string, number>,
): Steps<RestrictedTie[]> {
  const out: RestrictedTie[] = [];
  const { ties } = snapshot;
  for (let i = 0; i < ties.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    if (ties.isPublic(i)) continue;
    const row = ties.at(i);
    if (row.a === row.b || !tieOn(row, date)) continue;
    const [a, b] = [indexOf.get(row.a), indexOf.get(row.b)];
    if (a !== undefined && b !== undefined) out.push({ a, b, row });
  }
  return out;
}

function peopleByIndex(snapshot: Snapshot, graph: PeopleGraph): PersonRow[] {
  const rows = new Array<PersonRow>(graph.ids.length);
  for (const row of snapshot.people) {
    const p = graph.indexOf.get(row.id);
    if (p !== undefined) rows[p] = row;
  }
  return rows;
}

function* skillTables(
  snapshot: Snapshot,
  personIndex: ReadonlyMap<string, number>,
  visible: Uint8Array,
): Steps<SkillPart> {
  const skillRow = new Map(snapshot.skills.map((s) => [s.id, s]));
  const skillIds = [...skillRow.keys()].sort();
  const skillIndex = new Map(skillIds.map((id, i) => [id, i]));
  const children: number[][] = skillIds.map(() => []);
  for (const s of snapshot.skills) {
    const parent = s.broader === undefined ? undefined : skillIndex.get(s.broader);
    if (parent !== undefined) children[parent]!.push(skillIndex.get(s.id)!);
  }
  // Breadth-first from the skill itself; a cycle in BROADER (which imports refuse) cannot loop.
  const skillFamily = skillIds.map((_, s) => {
    const family = new Set([s]);
    for (const x of family) for (const c of children[x]!) family.add(c);
    return [...family];
  });
  const personSkills: number[][] = Array.from({ length: personIndex.size }, () => []);
  const holdings: [number, number][][] = skillIds.map(() => []);
  const directHolders: number[][] = skillIds.map(() => []);
  yield;
  const rows = snapshot.holdings;
  for (let i = 0; i < rows.length; i++) {
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const [personId, skillId, level] = rows[i]!;
    const [p, s] = [personIndex.get(personId), skillIndex.get(skillId)];
    if (p === undefined || s === undefined) continue;
    holdings[s]!.push([p, level]);
    if (level < 1) continue;
    personSkills[p]!.push(s);
    if (visible[p] === 1) directHolders[s]!.push(p);
  }
  yield;
  // A broad skill's holders are every narrower skill's: tens of thousands of people at 100k.
  const skillHolders: number[][] = [];
  let done = 0;
  for (const family of skillFamily) {
    const holders = new Set<number>();
    for (const x of family) for (const p of directHolders[x]!) holders.add(p);
    skillHolders.push([...holders]);
    done += holders.size;
    if (done >= ROWS_PER_STEP) {
      done = 0;
      yield;
    }
  }
  return {
    skillRows: skillIds.map((id) => skillRow.get(id)!),
    skillIds,
    skillIndex,
    skillFamily,
    personSkills,
    holdings,
    skillHolders,
    skillDirectHolders: directHolders,
  };
}
