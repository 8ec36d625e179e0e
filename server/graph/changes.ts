/**
 * The change log that keeps every process's in-memory network current without re-reading it:
 * each write through the app (API, import CLI, seed, another API instance) calls `recordChange`
 * inside its own transaction, naming the people whose rows changed or the scope of the change.
 * Readers (store.ts) read the entries after their version and apply them as a delta. A commit
 * that records nothing (Cypher by hand, an older app version) still raises the database's
 * transaction number (bookmark.ts) past the log's version, which the store sees and answers with a
 * full reload. One entry per transaction keeps that count exact.
 */
import { markQuiet, type Db, type Tx } from '../db/driver.ts';
import { noteWritten } from './seen.ts';

/**
 * people: only these people's rows (their ties, memberships, holdings, fields) changed;
 * shared: projects, organisations, skills or needs changed (plus `people`, if any);
 * all: anything may have changed (bulk imports and dataset loads);
 * none: the write changed nothing the network holds (it still accounts for the commit).
 */
export type ChangeScope = 'people' | 'shared' | 'all' | 'none';

export interface Change {
  scope: ChangeScope;
  people?: readonly string[];
}

/**
 * Above this many people one entry says 'all': reading that many people's rows again costs about
 * as much as reading everything, and the entry stays small.
 */
export const MAX_DELTA_PEOPLE = 10_000;

const ORDER: readonly ChangeScope[] = ['none', 'people', 'shared', 'all'];

/** Several changes as one entry: the widest scope and every person named. */
export function combine(changes: readonly Change[]): Change {
  const scope = changes.reduce<ChangeScope>(
    (wide, c) => (ORDER.indexOf(c.scope) > ORDER.indexOf(wide) ? c.scope : wide),
    'none',
  );
  return { scope, people: changes.flatMap((c) => c.people ?? []) };
}

/** Transactions that already made their entry: a second change widens it (one entry per commit). */
const recorded = new WeakSet<Tx>();

/**
 * A transaction whose entries all say `none` is bookkeeping: its commit neither makes this
 * process's network stale (`Db.writeCount`) nor raises the version the client has seen (seen.ts),
 * so sessions and budgets settled beside a question never make the next one wait for a sync.
 */
export async function recordChange(tx: Tx, change: Change): Promise<void> {
  const people = [...new Set(change.people ?? [])];
  const params = people.length > MAX_DELTA_PEOPLE ? { scope: 'all', people: [] } : { scope: change.scope, people };
  const first = !recorded.has(tx);
  const [row] = await tx.run(first ? 'graph-change-record' : 'graph-change-amend', params);
  recorded.add(tx);
  if (params.scope !== 'none') {
    markQuiet(tx, false);
    noteWritten(Number(row?.seq));
  } else if (first) markQuiet(tx, true);
}

/**
 * A write that changes nothing the network holds (sign-in, sessions, roles, the audit log). It
 * still records a `none` entry, so no reader mistakes its commit for Cypher by hand (which would
 * read the whole network again).
 */
export function bookkeeping<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.write(async (tx) => {
    const result = await work(tx);
    await recordChange(tx, { scope: 'none' });
    return result;
  });
}

export interface ChangesSince extends Marks {
  version: number;
  /** The log's epoch (graph-change-record.cypher): another one means the log was started afresh. */
  epoch: string | null;
  /** The entries after `since`, oldest first; null when some were dropped (read everything). */
  changes: { seq: number; scope: ChangeScope; people: string[] }[] | null;
  /** The first entry the read found (null: none), so a log line can say why `changes` is null. */
  firstRead: number | null;
}

/**
 * The database's bookmark just before and just after a read. The transaction number at the read's
 * snapshot lies between the two (bookmark.ts); they are equal when nothing committed meanwhile.
 */
export interface Marks {
  before: string;
  bookmark: string;
}

async function marked<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<{ value: T } & Marks> {
  const { bookmark: before } = await db.readMarked((tx) => tx.run('graph-version'));
  const { value, bookmark } = await db.readMarked(work);
  return { value, before, bookmark };
}

/** The change log's version (0 when nothing was ever recorded) and epoch, read before a full load. */
export async function logVersion(db: Db): Promise<{ version: number; epoch: string | null } & Marks> {
  const { value, before, bookmark } = await marked(db, (tx) => tx.run('graph-version'));
  return { version: Number(value[0]!.version), epoch: epochOf(value[0]!.epoch), before, bookmark };
}

const epochOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function changesSince(db: Db, since: number): Promise<ChangesSince> {
  const { value, before, bookmark } = await marked(db, (tx) => tx.run('graph-changes-since', { since }));
  const version = Number(value[0]!.version);
  const changes = (value[0]!.changes as [number, ChangeScope, string[]][]).map(([seq, scope, people]) => ({
    seq: Number(seq),
    scope,
    people,
  }));
  const complete = version >= since && (changes.length === 0 ? version === since : changes[0]!.seq === since + 1);
  return {
    version,
    epoch: epochOf(value[0]!.epoch),
    changes: complete ? changes : null,
    firstRead: changes[0]?.seq ?? null,
    before,
    bookmark,
  };
}
