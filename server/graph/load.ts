/**
 * The rows the assets computations read (data.ts `AssetsData`), loaded from Neo4j with plain
 * Cypher reads — works unchanged on Aura or a cluster. Private ties
 * never leave the database. Refresh rule, the same as the introductions projection
 * (docs/assets.md):
 * - after a committed write through this process, the next question waits for a reload;
 * - otherwise data older than REFRESH_AFTER_MS is reloaded in the background while questions
 *   keep using the previous data (writes by other processes show up within about a minute).
 * One load at a time; a failed load is not kept. Each load gets a new version number, which the
 * worker uses to know when to recompile.
 */
import type { Db, Row } from '../db/driver.ts';
import { today } from './store.ts';
import type { AssetsData } from './network.ts';

export const REFRESH_AFTER_MS = 60_000;

export interface LoadedData {
  version: number;
  data: AssetsData;
  /** fingerprint(data): equal data keeps its version. */
  print: string;
}

interface Cached {
  loaded: Promise<LoadedData>;
  writes: number;
  loadedAt: number;
  refreshing?: boolean;
}

const cache = new WeakMap<Db, Cached>();
let versions = 0;

const str = (x: unknown): string | undefined => (typeof x === 'string' && x !== '' ? x : undefined);
const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });

/** People per read of the per-person statements: each read stays far below the 30 s limit. */
const CHUNK = 10_000;

/**
 * Reads everything the computations need. The per-person rows (ties, memberships, holdings) come
 * in chunks of people, each in its own read transaction: a national network's million ties in one
 * transaction can exceed the transaction time limit on a busy server. A write between two chunks
 * can leave a row naming a person the first read did not see; data.ts ignores such rows.
 */
export async function loadAssetsData(db: Db, day: string = today()): Promise<AssetsData> {
  const [people] = await db.read((tx) => tx.run('projection-people'));
  const ids = (people!.people as [string, boolean][]).map(([id]) => id);
  const chunked = async (name: string) => {
    const rows: Row[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const personIds = ids.slice(i, i + CHUNK);
      for (const row of await db.read((tx) => tx.run(name, { personIds }))) rows.push(row);
    }
    return rows;
  };
  const rows = {
    ties: await chunked('assets-ties'),
    memberships: await chunked('assets-memberships'),
    holdings: await chunked('assets-holdings'),
    ...(await db.read(async (tx) => ({
      projects: await tx.run('assets-projects'),
      organisations: await tx.run('assets-organisations'),
      skills: await tx.run('projection-skills'),
      needs: await tx.run('assets-needs'),
    }))),
  };
  return {
    today: day,
    people: (people!.people as [string, boolean][]).map(([id, discoverable]) => ({ id, discoverable })),
    ties: rows.ties.map(({ tie }) => {
      const [a, b, strength, lastContact, visibility] = tie as [string, string, number, string | null, string];
      return { a, b, strength, visibility: visibility as 'public', ...opt('lastContact', str(lastContact)) };
    }),
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
    memberships: rows.memberships.map(({ membership }) => {
      const [personId, organisationId, since, until] = membership as [string, string, string | null, string | null];
      return { personId, organisationId, ...opt('since', str(since)), ...opt('until', str(until)) };
    }),
    skills: rows.skills.map((s) => ({ id: String(s.id), ...opt('broader', str(s.broader)) })),
    holdings: rows.holdings.map(({ holding }) => holding as [string, string, number]),
    needs: rows.needs.map(({ need }) => {
      const [organisationId, skillId, priority] = need as [string, string, number];
      return { organisationId, skillId, priority };
    }),
  };
}

/**
 * FNV-1a over every value read, so an unchanged reload keeps its version: the workers then keep
 * their compiled networks and finished analyses stay current (a reload every minute would
 * otherwise make a 100k-person network recompile every minute for nothing).
 */
export function fingerprint(data: AssetsData): string {
  let h = 0x811c9dc5;
  const mix = (...values: unknown[]) => {
    for (const value of values) {
      const text = String(value);
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x1f, 0x01000193); // field separator
    }
  };
  mix(data.today);
  for (const p of data.people) mix(p.id, p.discoverable);
  for (const t of data.ties) mix(t.a, t.b, t.strength, t.lastContact, t.visibility);
  for (const p of data.projects) mix(p.id, p.start, p.end, [...p.participants].sort().join('|'));
  for (const o of data.organisations) mix(o.id, o.sector);
  for (const m of data.memberships) mix(m.personId, m.organisationId, m.since, m.until);
  for (const k of data.skills) mix(k.id, k.broader);
  for (const [p, k, level] of data.holdings) mix(p, k, level);
  for (const n of data.needs) mix(n.organisationId, n.skillId, n.priority);
  return `${(h >>> 0).toString(16)}:${data.people.length}:${data.ties.length}`;
}

function start(db: Db, previous?: Cached): Cached {
  const loaded = loadAssetsData(db).then(async (data) => {
    const print = fingerprint(data);
    const before = previous && (await previous.loaded.catch(() => undefined));
    return before && before.print === print ? before : { version: ++versions, data, print };
  });
  const entry: Cached = { writes: db.writeCount(), loadedAt: Date.now(), loaded };
  loaded.catch(() => cache.get(db) === entry && cache.delete(db));
  return entry;
}

export async function assetsData(db: Db): Promise<LoadedData> {
  const cached = cache.get(db);
  if (!cached || cached.writes !== db.writeCount()) {
    const entry = start(db, cached);
    cache.set(db, entry);
    return entry.loaded;
  }
  if (Date.now() - cached.loadedAt >= REFRESH_AFTER_MS && !cached.refreshing) {
    cached.refreshing = true;
    const next = start(db, cached);
    // Swap in when ready, unless a write replaced the entry meanwhile.
    next.loaded.then(
      () => cache.get(db) === cached && cache.set(db, next),
      () => (cached.refreshing = false),
    );
  }
  return cached.loaded;
}
