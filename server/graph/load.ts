/**
 * Reads the network snapshot (snapshot.ts) from Neo4j with plain Cypher reads — works unchanged on
 * Aura or a cluster. The per-person rows (ties, memberships, holdings) come in chunks of people,
 * each in its own read transaction: a national network's million ties in one transaction can
 * exceed the transaction time limit on a busy server, and the event loop gets a turn between
 * chunks. A write between two chunks can leave a row naming a person the first read did not see;
 * the compile step ignores such rows, and the change log (changes.ts) brings the write in next.
 */
import type { Db, Row } from '../db/driver.ts';
import { DEFAULT_FIELDS, type PersonFields, type Snapshot } from './snapshot.ts';

/** People per read of the per-person statements: each read stays far below the 30 s limit. */
const CHUNK = 10_000;

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });

export type PersonPart = Pick<Snapshot, 'people' | 'fields' | 'ties' | 'memberships' | 'holdings'>;
export type SharedPart = Pick<Snapshot, 'projects' | 'organisations' | 'skills' | 'needs'>;

export async function loadSnapshot(db: Db, day: string): Promise<Snapshot> {
  const [row] = await db.read((tx) => tx.run('graph-people'));
  const people = peopleRows(row!.people as unknown[][]);
  const ids = people.people.map((p) => p.id);
  const perPerson = await loadPersonRows(db, ids, 'graph-ties');
  return { today: day, ...people, ...perPerson, ...(await loadSharedRows(db)) };
}

/** Projects, organisations, skills and needs: small tables, read whole in one transaction. */
export async function loadSharedRows(db: Db): Promise<SharedPart> {
  const rows = await db.read(async (tx) => ({
    projects: await tx.run('graph-projects'),
    organisations: await tx.run('graph-organisations'),
    skills: await tx.run('graph-skills'),
    needs: await tx.run('graph-needs'),
  }));
  return {
    projects: rows.projects.map((p) => ({
      id: String(p.id),
      participants: p.participants as string[],
      ...opt('start', str(p.start)),
      ...opt('end', str(p.end)),
    })),
    organisations: rows.organisations.map(({ organisation }) => {
      const [id, sector] = organisation as [string, string];
      return { id, sector };
    }),
    skills: rows.skills.map((s) => ({ id: String(s.id), ...opt('broader', str(s.broader)) })),
    needs: rows.needs.map(({ need }) => {
      const [organisationId, skillId, priority] = need as [string, string, number];
      return { organisationId, skillId, priority };
    }),
  };
}

/**
 * Ties, memberships and holdings of these people. `ties` names the statement: 'graph-ties' reads
 * each tie once from its start (a full load), 'graph-ties-touching' reads every tie touching the
 * people in either direction (a delta).
 */
export async function loadPersonRows(
  db: Db,
  ids: readonly string[],
  ties: 'graph-ties' | 'graph-ties-touching',
): Promise<Omit<PersonPart, 'people' | 'fields'>> {
  const chunked = async (name: string) => {
    const rows: Row[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const personIds = ids.slice(i, i + CHUNK);
      for (const row of await db.read((tx) => tx.run(name, { personIds }))) rows.push(row);
    }
    return rows;
  };
  return {
    ties: (await chunked(ties)).map(({ tie }) => {
      const [a, b, strength, lastContact, visibility] = tie as [string, string, number, string | null, string];
      return { a, b, strength, visibility: visibility as 'public', ...opt('lastContact', str(lastContact)) };
    }),
    memberships: (await chunked('graph-memberships')).map(({ membership }) => {
      const [personId, organisationId, since, until, role] = membership as (string | null)[];
      return {
        personId: personId!,
        organisationId: organisationId!,
        ...opt('since', str(since)),
        ...opt('until', str(until)),
        ...opt('role', str(role)),
      };
    }),
    holdings: (await chunked('graph-holdings')).map(({ holding }) => holding as [string, string, number]),
  };
}

/** People rows of graph-people / graph-people-by-id: [id, discoverable, hours, taking, stoRole, capacity]. */
export function peopleRows(rows: unknown[][]): Pick<Snapshot, 'people' | 'fields'> {
  const fields: Record<string, PersonFields> = {};
  const people = rows.map(([id, discoverable, hours, taking, stoRole, capacity]) => {
    if (hours != null || taking === false || stoRole != null) {
      fields[id as string] = {
        hoursPerMonth: typeof hours === 'number' ? hours : null,
        takingRequests: taking !== false,
        stoRole: (stoRole as PersonFields['stoRole']) ?? null,
        stoCapacity: typeof capacity === 'number' ? capacity : DEFAULT_FIELDS.stoCapacity,
      };
    }
    return { id: id as string, discoverable: discoverable === true };
  });
  return { people, fields };
}
