/**
 * The one module that owns the Neo4j driver: sessions, read/write transactions, timeouts,
 * record conversion and error mapping (by error code, never by message).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from '../../cypher/loader.ts';
import { AppError, DATABASE_AWAY, StartupError } from '../errors.ts';
import { log } from '../log.ts';
import { toParams, toPlain, type Plain } from './convert.ts';
import { IDEMPOTENCY_HOURS, nextSlot, recall, remember } from './idempotency.ts';

export type Row = Record<string, Plain>;

export interface Tx {
  /** Runs statement `name` from cypher/statements with parameters; rows come back as plain objects. */
  run(name: string, params?: Record<string, unknown>, identifiers?: Record<string, string>): Promise<Row[]>;
  /** Runs raw text; only for schema files and EXPLAIN checks, which also come from cypher/. */
  runText(text: string, params?: Record<string, unknown>): Promise<Row[]>;
}

/**
 * `fetchSize`: records the database sends per request (the driver's default is 1,000). The driver
 * decodes whatever has arrived in one go on the event loop, so a read of large rows (the network's
 * load, server/graph/load.ts) asks for one at a time: each then arrives in its own turn.
 */
export interface ReadOptions {
  fetchSize?: number;
}

export interface Db {
  read<T>(work: (tx: Tx) => Promise<T>, options?: ReadOptions): Promise<T>;
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * A read that also returns the database's bookmark after it: the bookmark changes whenever any
   * transaction commits (through this process or not), so comparing two is a free change check.
   */
  readMarked<T>(work: (tx: Tx) => Promise<T>): Promise<{ value: T; bookmark: string }>;
  /** Runs one statement in its own auto-commit transaction (needed by CALL … IN TRANSACTIONS). */
  autoCommit(name: string, params?: Record<string, unknown>, identifiers?: Record<string, string>): Promise<void>;
  /** The same with raw text; only for EXPLAIN checks of statements that come from cypher/. */
  autoCommitText(text: string, params?: Record<string, unknown>): Promise<void>;
  /**
   * Runs statement `name` in an auto-commit transaction on the `system` database (installing the
   * change-log trigger: server/graph/hand-writes.ts); rows come back as plain objects.
   */
  system(name: string, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Counts committed writes through this Db that may have changed what the in-memory network
   * holds, so it can tell it is stale. Bookkeeping (a transaction marked `quiet`: sessions,
   * rate-limit budgets, the audit log) is not counted.
   */
  writeCount(): number;
  /** Whether the database answers `RETURN 1` within a second (for /readyz); never throws. */
  ready(): Promise<boolean>;
  /** Whether the last attempt to reach the database found it unreachable (none has succeeded since). */
  isDown(): boolean;
  close(): Promise<void>;
}

export interface DbTarget {
  uri: string;
  user: string;
  password?: string | undefined;
  database?: string | undefined;
}

const TX_TIMEOUT_MS = 30_000;

/** Write transactions that changed nothing the in-memory network holds (graph/changes.ts says so). */
const quiet = new WeakSet<Tx>();

/** Marks (or unmarks) a write transaction as bookkeeping: its commit does not move `writeCount`. */
export function markQuiet(tx: Tx, isQuiet: boolean): void {
  if (isQuiet) quiet.add(tx);
  else quiet.delete(tx);
}

function wrap(tx: ManagedTransaction): Tx {
  // Each record made plain as it arrives, so a large result is not converted in one go.
  const runText = (text: string, params: Record<string, unknown> = {}) =>
    new Promise<Row[]>((resolve, reject) => {
      const rows: Row[] = [];
      tx.run(text, toParams(params) as Record<string, unknown>).subscribe({
        onNext: (record) => {
          try {
            rows.push(toPlain(record.toObject()) as Row);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        onCompleted: () => resolve(rows),
        onError: reject,
      });
    });
  return {
    run: (name, params, identifiers) => runText(cypher(name, identifiers), params),
    runText,
  };
}

function createDriver(target: DbTarget): Driver {
  const auth = target.password === undefined ? undefined : neo4j.auth.basic(target.user, target.password);
  return neo4j.driver(target.uri, auth, {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    // An unreachable database must be told within about 2 s (HTTP 503), not after the driver's
    // default 30 s of retries: connecting gives up after 2 s and a failed transaction is retried once (about a second later).
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 2_000,
    maxTransactionRetryTime: 800,
    // The driver's own logging could print parameter values (personal data): keep it off.
    logging: { level: 'error', logger: () => {} },
  });
}

/** Opens the driver and checks that the database answers; problems become one StartupError line. */
export async function connect(target: DbTarget): Promise<Db> {
  const driver = createDriver(target);
  // An auto-commit probe, not executeQuery: that one retries an unreachable server for 30 s.
  const probe = driver.session({ database: target.database });
  try {
    await probe.run('RETURN 1');
  } catch (error) {
    await probe.close();
    await driver.close();
    throw startupProblem(error, target);
  }
  await probe.close();
  const session = (mode: 'READ' | 'WRITE', options: ReadOptions = {}) =>
    driver.session({
      database: target.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(options.fetchSize === undefined ? {} : { fetchSize: options.fetchSize }),
    });
  const txConfig = { timeout: TX_TIMEOUT_MS, metadata: { app: 'tsunagari' } };
  let writes = 0;
  // One log line when the database stops answering and one when it answers again.
  let down = false;
  const failed = (error: unknown): unknown => {
    const mapped = mapError(error);
    if (!down && isUnreachable(error)) {
      down = true;
      log.warn({ event: 'database-unavailable' }, 'the database is unavailable');
    }
    return mapped;
  };
  const answered = () => {
    if (!down) return;
    down = false;
    log.info({ event: 'database-available' }, 'the database answers again');
  };
  const autoCommitText = async (text: string, params: Record<string, unknown> = {}) => {
    const s = session('WRITE');
    try {
      await s.run(text, toParams(params) as Record<string, unknown>, { metadata: txConfig.metadata });
      writes++;
      answered();
    } catch (error) {
      throw failed(error);
    } finally {
      await s.close();
    }
  };
  return {
    async read(work, options) {
      const s = session('READ', options);
      try {
        const value = await s.executeRead((tx) => work(wrap(tx)), txConfig);
        answered();
        return value;
      } catch (error) {
        throw failed(error);
      } finally {
        await s.close();
      }
    },
    async readMarked(work) {
      const s = session('READ');
      try {
        const value = await s.executeRead((tx) => work(wrap(tx)), txConfig);
        answered();
        return { value, bookmark: s.lastBookmarks().join(',') };
      } catch (error) {
        throw failed(error);
      } finally {
        await s.close();
      }
    },
    async write(work) {
      const s = session('WRITE');
      const slot = nextSlot();
      // The result of the last attempt that did the work: if any attempt committed, it was this one
      // (later attempts find its marker and do nothing), so it is the answer to give.
      let attempted: { value: Awaited<ReturnType<typeof work>> } | undefined;
      // The last attempt's transaction: the one that committed, if any did.
      let last: Tx | undefined;
      try {
        const result = await s.executeWrite(async (tx) => {
          const wrapped = wrap(tx);
          last = wrapped;
          if (!slot) return work(wrapped);
          const [done] = await wrapped.run('idempotency-find', { slot: slot.slot });
          if (done) {
            // Committed before: nothing is written again.
            if (attempted) return attempted.value;
            const earlier = recall(slot.slot);
            if (earlier) return earlier.value as Awaited<ReturnType<typeof work>>;
            throw new AppError(
              'CONFLICT',
              'This request was already carried out (the same Idempotency-Key); reload to see its result.',
            );
          }
          const value = await work(wrapped);
          await wrapped.run('idempotency-record', {
            slot: slot.slot,
            expiresAt: Date.now() + IDEMPOTENCY_HOURS * 3_600_000,
          });
          attempted = { value };
          return value;
        }, txConfig);
        if (slot?.fromClient) remember(slot.slot, result);
        if (!last || !quiet.has(last)) writes++;
        answered();
        return result;
      } catch (error) {
        // The outcome of the last commit is unknown (the connection dropped, Neo4j went away): a
        // client repeating its key once Neo4j is back finds the marker if it committed, and then
        // gets this answer instead of "already carried out".
        if (slot?.fromClient && attempted) remember(slot.slot, attempted.value);
        throw failed(error);
      } finally {
        await s.close();
      }
    },
    autoCommit: (name, params, identifiers) => autoCommitText(cypher(name, identifiers), params),
    autoCommitText,
    async system(name, params = {}) {
      const s = driver.session({ database: 'system' });
      try {
        const result = await s.run(cypher(name), toParams(params) as Record<string, unknown>, txConfig);
        return result.records.map((record) => toPlain(record.toObject()) as Row);
      } catch (error) {
        throw failed(error);
      } finally {
        await s.close();
      }
    },
    writeCount: () => writes,
    isDown: () => down,
    async ready() {
      // An auto-commit probe with its own short timeout: executeRead would retry.
      const s = session('READ');
      try {
        await s.run('RETURN 1', {}, { timeout: 1_000 });
        answered();
        return true;
      } catch (error) {
        failed(error);
        return false;
      } finally {
        await s.close();
      }
    },
    close: () => driver.close(),
  };
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

/** The driver could not reach the database (as opposed to a query failing). */
const isUnreachable = (error: unknown): boolean => ['ServiceUnavailable', 'SessionExpired'].includes(codeOf(error));

/** The error of a question asked while the database is known to be unreachable. */
export const databaseAway = (): AppError => new AppError('UNAVAILABLE', DATABASE_AWAY);

/** Maps driver errors that a user can act on; everything else stays as it is (and gets masked). */
export function mapError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const code = codeOf(error);
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'an item with this id already exists');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
    return new AppError('UNAVAILABLE', DATABASE_AWAY);
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new AppError('UNAVAILABLE', 'the query took too long and was stopped');
  }
  return error;
}

function startupProblem(error: unknown, target: DbTarget): StartupError {
  const code = codeOf(error);
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StartupError(
      `Neo4j at ${target.uri} rejected user "${target.user}": check NEO4J_USER and NEO4J_PASSWORD.`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StartupError(`Neo4j at ${target.uri} has no database "${target.database}": check NEO4J_DATABASE.`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new StartupError(`Cannot reach Neo4j at ${target.uri}: check NEO4J_URI and that the server is running.`);
  }
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return new StartupError(`Neo4j at ${target.uri} failed: ${message}`);
}

/** Whether neo4j/password opens a session at `uri` (no retries). */
export async function canAuthenticate(uri: string, password: string): Promise<boolean> {
  const driver = createDriver({ uri, user: 'neo4j', password });
  const session = driver.session();
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

/**
 * A fresh local Neo4j has user neo4j/neo4j with a password that must be changed; set ours once.
 */
export async function setInitialPassword(uri: string, password: string): Promise<void> {
  const mine = createDriver({ uri, user: 'neo4j', password });
  try {
    await mine.executeQuery('RETURN 1');
    return;
  } catch (error) {
    if (codeOf(error) !== 'Neo.ClientError.Security.Unauthorized') throw startupProblem(error, { uri, user: 'neo4j' });
  } finally {
    await mine.close();
  }
  const initial = createDriver({ uri, user: 'neo4j', password: 'neo4j' });
  try {
    await initial.executeQuery(
      cypher('admin-set-initial-password'),
      { old: 'neo4j', password },
      { database: 'system' },
    );
  } catch (error) {
    throw new StartupError(
      `The local Neo4j rejected both its stored and its initial password (${codeOf(error) || 'unknown error'}): delete its data folder or restore the "password" file beside it.`,
    );
  } finally {
    await initial.close();
  }
}
