/**
 * Reads the network snapshot (snapshot.ts) from Neo4j with plain Cypher reads — works unchanged on
 * Aura or a cluster. The per-person rows (ties, memberships, holdings) come in chunks of people,
 * each in its own read transaction: a national network's million ties in one transaction can
 * exceed the transaction time limit on a busy server, and the event loop gets a turn between
 * chunks. A write between two chunks can leave a row naming a person the first read did not see;
 * the compile step ignores such rows, and the change log (changes.ts) brings the write in next.
 */
import type { Db } from '../db/driver.ts';
import { searchTextOf } from '../shared/text.ts';
import {
  DEFAULT_FIELDS,
  packContext,
  type PersonFields,
  type ProjectRow,
  type Snapshot,
  type TieRow,
} from './snapshot.ts';
import { turn } from '../shared/turns.ts';
import { TieTableBuilder } from './tie-table.ts';

/** People per read of the per-person statements: each read stays far below the 30 s limit. */
const CHUNK = 10_000;
/**
 * People per row within a read. The driver decodes a row in one go on the event loop, and a row
 * of 10,000 people's ties (~700,000 values) held it for 1–2 s during a reload at 100k people; a row
 * of 250 people's takes a few tens of milliseconds, and the rows are turned into snapshot rows
 * one at a time, each in its own turn of the event loop.
 */
const SLICE = 250;
/** People per row of graph-people (nine values each). */
const PEOPLE_SLICE = 2_000;
/**
 * The driver decodes every row that has arrived in one go (several megabytes when the database
 * sends a thousand rows at once, as it does by default): these reads ask for one row at a time,
 * so each is decoded in a turn of its own. A round trip per row, a few hundred per load.
 */
const ONE_ROW_AT_A_TIME = { fetchSize: 1 };
/** Shared rows (projects, organisations, …) made into snapshot rows between two turns. */
const SHARED_PER_TURN = 500;

/** `rows` mapped by `make`, giving the event loop a turn every SHARED_PER_TURN rows. */
async function mapInTurns<R, T>(rows: readonly R[], make: (row: R) => T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % SHARED_PER_TURN === SHARED_PER_TURN - 1) await turn();
    out.push(make(rows[i]!));
  }
  return out;
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });

export type PersonPart = Pick<Snapshot, 'people' | 'fields' | 'ties' | 'memberships' | 'holdings'>;
/** The same rows for a few people (a write's delta): ties as objects. */
export type PersonRows = Omit<PersonPart, 'ties'> & { ties: TieRow[] };
export type SharedPart = Pick<Snapshot, 'projects' | 'organisations' | 'skills' | 'needs'>;

/**
 * One string per distinct value: the driver decodes a fresh string for every occurrence of an id
 * or a date, and a national network repeats each person's id in a few dozen rows.
 */
export class Strings {
  private readonly known = new Map<string, string>();
  constructor(ids: Iterable<string> = []) {
    for (const id of ids) this.known.set(id, id);
  }
  of = (value: string): string => {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    this.known.set(value, value);
    return value;
  };
  /** '' and null mean "none". */
  optional = (value: unknown): string | undefined =>
    typeof value === 'string' && value !== '' ? this.of(value) : undefined;
}

export async function loadSnapshot(db: Db, day: string): Promise<Snapshot> {
  const rows = await db.read((tx) => tx.run('graph-people', { slice: PEOPLE_SLICE }), ONE_ROW_AT_A_TIME);
  const people: Pick<Snapshot, 'people' | 'fields'> = { people: [], fields: {} };
  for (const row of rows) {
    const part = peopleRows(row.people as unknown[][]);
    for (const person of part.people) people.people.push(person);
    Object.assign(people.fields, part.fields);
    await turn();
  }
  const ids = people.people.map((p) => p.id);
  const strings = new Strings();
  for (let i = 0; i < ids.length; i++) {
    if (i % 20_000 === 19_999) await turn();
    strings.of(ids[i]!);
  }
  const ties = new TieTableBuilder();
  const perPerson = await loadPersonRows(db, ids, 'graph-ties', strings, (t) => ties.push(t));
  return { today: day, ...people, ...perPerson, ties: ties.done(), ...(await loadSharedRows(db, strings)) };
}

/** Projects, organisations, skills and needs: small tables, read whole in one transaction. */
export async function loadSharedRows(db: Db, strings = new Strings()): Promise<SharedPart> {
  const rows = await db.read(
    async (tx) => ({
      projects: await tx.run('graph-projects'),
      organisations: await tx.run('graph-organisations'),
      skills: await tx.run('graph-skills'),
      needs: await tx.run('graph-needs'),
    }),
    { fetchSize: 100 },
  );
  const { of, optional } = strings;
  return {
    projects: await mapInTurns(rows.projects, (p) => {
      const pairs = p.participants as [string, string][];
      const words = searchTextOf([str(p.description), str(p.descriptionEn)]);
      type Lead = NonNullable<ProjectRow['organisations']>[number];
      const organisations = (p.organisations as Lead[]).map(([id, type]): Lead => [of(id), type]);
      return {
        id: String(p.id),
        participants: pairs.map(([id]) => of(id)),
        ...opt('name', optional(p.name)),
        ...opt('nameEn', optional(p.nameEn)),
        ...opt('start', optional(p.start)),
        ...opt('end', optional(p.end)),
        ...(pairs.some(([, role]) => role !== '') ? { roles: pairs.map(([, role]) => of(role)) } : {}),
        ...opt('words', words || undefined),
        ...(organisations.length > 0 ? { organisations } : {}),
      };
    }),
    organisations: await mapInTurns(rows.organisations, ({ organisation }) => {
      const [id, sector, name, nameKana, nameEn, prefecture, url] = organisation as unknown[];
      return {
        id: String(id),
        sector: String(sector),
        ...opt('name', optional(name)),
        ...opt('nameKana', optional(nameKana)),
        ...opt('nameEn', optional(nameEn)),
        ...opt('prefecture', optional(prefecture)),
        ...opt('url', optional(url)),
      };
    }),
    skills: await mapInTurns(rows.skills, (s) => ({
      id: String(s.id),
      ...opt('broader', optional(s.broader)),
      ...opt('nameJa', optional(s.nameJa)),
      ...opt('nameEn', optional(s.nameEn)),
      ...opt('category', optional(s.category)),
    })),
    needs: await mapInTurns(rows.needs, ({ need }) => {
      const [organisationId, skillId, priority] = need as [string, string, number];
      return { organisationId, skillId, priority };
    }),
  };
}

/** YYYYMMDD (graph-ties) → YYYY-MM-DD; 0 → none. */
function dateOf(strings: Strings, value: number): string | undefined {
  if (!value) return undefined;
  const text = String(value).padStart(8, '0');
  return strings.of(`${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`);
}

type Columns = Record<string, unknown[]>;

/**
 * Ties, memberships and holdings of these people. `ties` names the statement: 'graph-ties' reads
 * each tie once from its start (a full load), 'graph-ties-touching' reads every tie touching the
 * people in either direction (a delta). Each read returns rows of columns (see graph-ties).
 * `tie` takes each tie instead of the returned list (the full load builds its table with it).
 */
export async function loadPersonRows(
  db: Db,
  ids: readonly string[],
  ties: 'graph-ties' | 'graph-ties-touching',
  strings = new Strings(ids),
  tie?: (row: TieRow) => void,
): Promise<Omit<PersonRows, 'people' | 'fields'>> {
  const { of, optional } = strings;
  const chunked = async (name: string, each: (columns: Columns, i: number) => void) => {
    for (let i = 0; i < ids.length; i += CHUNK) {
      const personIds = ids.slice(i, i + CHUNK);
      const rows = (await db.read((tx) => tx.run(name, { personIds, slice: SLICE }), ONE_ROW_AT_A_TIME)) as Columns[];
      for (const columns of rows) {
        const first = Object.values(columns)[0]!;
        for (let r = 0; r < first.length; r++) each(columns, r);
        if (rows.length > 1) await turn();
      }
    }
  };
  const out: Omit<PersonRows, 'people' | 'fields'> = { ties: [], memberships: [], holdings: [] };
  const push = tie ?? ((row: TieRow) => out.ties.push(row));
  await chunked(ties, (c, r) => {
    const lastContact = dateOf(strings, c.contact![r] as number);
    const context = packContext(optional(c.context![r]), optional(c.contextEn![r]));
    push({
      a: of(c.a![r] as string),
      b: of(c.b![r] as string),
      strength: c.strength![r] as number,
      visibility: c.visibility![r] as TieRow['visibility'],
      ...(lastContact === undefined ? {} : { lastContact }),
      ...(context === undefined ? {} : { context }),
    });
  });
  await chunked('graph-memberships', (c, r) => {
    out.memberships.push({
      personId: of(c.person![r] as string),
      organisationId: of(c.organisation![r] as string),
      ...opt('since', optional(c.since![r])),
      ...opt('until', optional(c.until![r])),
      ...opt('role', optional(c.role![r])),
    });
  });
  await chunked('graph-holdings', (c, r) => {
    out.holdings.push([of(c.person![r] as string), of(c.skill![r] as string), c.level![r] as number]);
  });
  return out;
}

/**
 * People rows of graph-people / graph-people-by-id:
 * [id, discoverable, hours, taking, stoRole, capacity, name, nameKana, nameLatin].
 */
export function peopleRows(rows: unknown[][]): Pick<Snapshot, 'people' | 'fields'> {
  const fields: Record<string, PersonFields> = {};
  const people = rows.map(([id, discoverable, hours, taking, stoRole, capacity, name, nameKana, nameLatin]) => {
    if (hours != null || taking === false || stoRole != null) {
      fields[id as string] = {
        hoursPerMonth: typeof hours === 'number' ? hours : null,
        takingRequests: taking !== false,
        stoRole: (stoRole as PersonFields['stoRole']) ?? null,
        stoCapacity: typeof capacity === 'number' ? capacity : DEFAULT_FIELDS.stoCapacity,
      };
    }
    return {
      id: id as string,
      discoverable: discoverable === true,
      ...opt('name', str(name)),
      ...opt('nameKana', str(nameKana)),
      ...opt('nameLatin', str(nameLatin)),
    };
  });
  return { people, fields };
}
