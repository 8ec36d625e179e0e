/**
 * THE in-memory network of a process: one snapshot read from Neo4j, one compiled network of
 * today, one refresh rule, shared by introductions, suggestions, the team composer, STO matching
 * and connection assets (their worker threads get the same arrays: share.ts).
 *
 * Refresh rule (docs/decisions/0010-one-network.md):
 * - right after a write through this process, a question first reads the change log (changes.ts:
 *   one small query) and applies the entries since its version as a delta: only the named people's
 *   rows (and, when needed, the small shared tables) are read again, then the network is
 *   recompiled (delta.ts rebuilds only the touched pairs); writes elsewhere are looked for the same
 *   way every SYNC_MS in the background (a question then answers from the network in place), or
 *   at once when the client says it has seen a newer version (seen.ts);
 * - when the database committed a transaction that recorded no entry (Cypher by hand, a restore:
 *   the bookmark's transaction number grew more than the log's version, bookmark.ts), or entries
 *   were dropped, or the day changed, everything is read again in the background while questions
 *   keep using the current network — also when logged commits came after the unlogged one;
 * - one sync and one full load at a time; a failed load is not kept.
 */
import { databaseAway, type Db } from '../db/driver.ts';
import { log } from '../log.ts';
import { committedTransaction } from './bookmark.ts';
import { changesSince, logVersion, type Marks } from './changes.ts';
import { applySteps, prepareWrites, readDelta } from './delta.ts';
import { inSlices } from '../shared/turns.ts';
import { prepareOverlays } from './sight.ts';
import { loadSnapshot } from './load.ts';
import { compileOffThread } from './compile-worker.ts';
import { seenAfter } from './seen.ts';
import { tableSteps, type Network } from './network.ts';
import { today, type Snapshot } from './snapshot.ts';

/** How stale a network may get before the change log is read again (writes elsewhere). */
export const SYNC_MS = 1_000;
/** How long a question waits for the change log to reach the version its client has seen. */
const CATCH_UP_MS = 2_000;

export interface Current {
  /** Grows with every change applied in this process: figures computed on one version are about that data. */
  version: number;
  snapshot: Snapshot;
  network: Network;
}

interface State extends Current {
  /** The change log's version this state includes, and the log's epoch (null: no log yet). */
  seq: number;
  epoch: string | null;
  bookmark: string;
  /**
   * At most the transaction number minus the change-log version when the network was read in
   * full: that difference grows exactly when a commit records nothing. Undefined when the
   * bookmarks cannot be read (then only a bookmark that moved with no entries at all is noticed).
   */
  unlogged: number | undefined;
}

/**
 * `transaction number − log version` as of the read that saw version `seq`, from the bookmark
 * taken just before that read: never above the truth (a commit during the read raises only the
 * bookmark after it), so an estimate at worst too low, which costs a needless reload, never a miss.
 */
function unloggedAtLeast(marks: Marks, seq: number): number | undefined {
  const before = committedTransaction(marks.before);
  return before === undefined || committedTransaction(marks.bookmark) === undefined ? undefined : before - seq;
}

/**
 * Whether the log read `logged`, which found no entry after `had`'s version although the bookmark
 * moved, saw a commit that recorded nothing. The count decides where bookmarks carry transaction
 * numbers (unloggedAtLeast: a lower bound, so a commit during the read never counts). Elsewhere,
 * only a bookmark that had already moved before the read began (`before`) does: such a commit was
 * in the read's snapshot, so its entry would have been found.
 */
export function silentCommit(
  had: { bookmark: string; unlogged: number | undefined },
  logged: Marks & { version: number },
): boolean {
  const now = unloggedAtLeast(logged, logged.version);
  if (now !== undefined && had.unlogged !== undefined) return now > had.unlogged;
  return logged.before !== had.bookmark;
}

let versions = 0;

export class GraphStore {
  private state: Promise<State> | undefined;
  private syncing: Promise<State> | undefined;
  private syncingFrom = -1;
  private reloading: Promise<void> | undefined;
  private probe: Promise<boolean> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private writes = -1;
  /** This process's write count as of the start of the last sync (or load) that finished: the state in place includes those writes. */
  private included = -1;
  private syncedAt = 0;
  /** How the network was brought up to date so far: full reads and deltas applied (tests, diagnostics). */
  readonly counts = { fullLoads: 0, deltas: 0 };

  /** Whether a network has been read (questions answer at once); false until the first read ends. */
  private ready = false;

  constructor(private readonly db: Db) {}

  /**
   * Whether questions can be answered without waiting for the first full read (/readyz). The first
   * call starts that read, so asking is enough to warm an instance up.
   */
  isLoaded(): boolean {
    if (!this.state) void this.current().catch(() => undefined);
    return this.ready;
  }

  /** The network to answer a question with: current as of this process's last write. */
  async current(): Promise<Current> {
    if (!this.state) return this.reset();
    if (this.db.isDown()) {
      // The database stopped answering: say so at once (HTTP 503) rather than let every question
      // wait out the driver's connection timeout; one probe at a time looks for its return.
      this.probe ??= this.db.ready().finally(() => (this.probe = undefined));
      throw databaseAway();
    }
    const state = await this.state;
    this.watch();
    if (state.network.date !== today()) this.reloadInBackground();
    const after = seenAfter();
    if (after !== null && state.seq < after) return this.catchUp(after);
    // This process wrote since the last sync: the question must see its write, so it waits.
    if (this.db.writeCount() !== this.writes) return this.sync();
    // Writes elsewhere are looked for at most once a second, off the question's path: a question
    // never waits on that read (the network in place is at most about a second behind them).
    if (Date.now() - this.syncedAt >= SYNC_MS) void this.sync().catch(() => undefined);
    // A sync in flight (a question's, or the once-a-second check's) started after this process's
    // last write, which the state in place may not include yet: the question waits for it rather
    // than answer from before a write its client has already seen succeed. With no write since
    // the last finished sync, the state in place is current as of this process's writes.
    return this.syncing && this.db.writeCount() !== this.included ? this.syncing : state;
  }

  /**
   * The client has seen version `after` (a write through another instance, server/graph/seen.ts):
   * read the change log until the network includes it. A version that never arrives (a write
   * whose commit failed after it was numbered) is waited for CATCH_UP_MS at most.
   */
  private async catchUp(after: number): Promise<State> {
    const until = Date.now() + CATCH_UP_MS;
    for (;;) {
      this.syncedAt = 0;
      this.writes = -1;
      const state = await this.sync();
      if (state.seq >= after || Date.now() >= until) return state;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private reset(): Promise<State> {
    this.writes = this.included = this.db.writeCount();
    this.syncedAt = Date.now();
    const state = this.fullLoad();
    this.state = state;
    state.then(
      () => (this.ready = true),
      () => this.state === state && (this.state = undefined),
    );
    return state;
  }

  private async fullLoad(previous?: State): Promise<State> {
    const started = performance.now();
    this.counts.fullLoads++;
    const marks = await logVersion(this.db);
    const seq = marks.version;
    const snapshot = await loadSnapshot(this.db, today());
    const { graph, print } = await compileOffThread(snapshot, snapshot.today);
    const network = await inSlices(tableSteps(snapshot, snapshot.today, graph));
    // The overlays the last questions used, ready before the network takes over (sight.ts).
    if (previous) await inSlices(prepareOverlays(previous.network, network));
    prints.set(snapshot, print);
    void prepareWrites(snapshot).catch((error: unknown) =>
      log.warn({ err: error }, 'network: owner columns not built'),
    );
    log.debug({ ms: Math.round(performance.now() - started), people: snapshot.people.length }, 'network loaded');
    const unchanged = previous && previous.network.date === network.date && prints.get(previous.snapshot) === print;
    const version = unchanged ? previous.version : ++versions;
    // A lower bound (never above the truth), so no commit that recorded nothing can hide behind it.
    const unlogged = unloggedAtLeast(marks, seq);
    return { version, snapshot, network, seq, epoch: marks.epoch, bookmark: marks.bookmark, unlogged };
  }

  /**
   * One sync at a time. A question joins the sync in flight only if that sync started after this
   * process's last write; otherwise it could answer without the write it just made, so it queues
   * a new sync behind the running one.
   */
  private sync(): Promise<State> {
    const writes = this.db.writeCount();
    if (this.syncing && this.syncingFrom === writes) return this.syncing;
    const run = (this.syncing ?? Promise.resolve())
      .catch(() => undefined)
      .then(async () => {
        const from = this.db.writeCount();
        const state = await this.syncOnce();
        this.included = Math.max(this.included, from);
        return state;
      });
    this.syncing = run;
    this.syncingFrom = writes;
    void run.finally(() => this.syncing === run && (this.syncing = undefined)).catch(() => undefined);
    return run;
  }

  /**
   * Checks the log every SYNC_MS even when no question comes, so a commit made without recording
   * (Cypher by hand) is compared against the bookmark within about a second rather than only when
   * the next logged write happens to move the bookmark past it. Unref'd: it never keeps the
   * process alive; a failing check (database away or closed) stops it until the next question.
   */
  private watch(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (Date.now() - this.syncedAt < SYNC_MS) return;
      this.sync().catch(() => {
        clearInterval(this.timer);
        this.timer = undefined;
      });
    }, SYNC_MS);
    this.timer.unref();
  }

  private async syncOnce(): Promise<State> {
    this.writes = this.db.writeCount();
    this.syncedAt = Date.now();
    const state = await this.state!;
    const logged = await changesSince(this.db, state.seq);
    if (logged.bookmark === state.bookmark) return state;
    const unlogged = unloggedAtLeast(logged, logged.version);
    if (unlogged !== undefined && state.unlogged !== undefined && unlogged > state.unlogged) {
      log.debug({ reason: 'unlogged-commit', unlogged, before: state.unlogged }, 'network reload');
      // Something committed without recording, perhaps followed by logged writes (still applied
      // below, so this process's own writes show at once): read everything in the background. A
      // commit during this read only lowers the estimate; the next sync looks again.
      this.reloadInBackground();
    }
    // A log started afresh (the database wiped or restored under this process) may have climbed
    // past this state's version: its numbers say nothing about what this state holds.
    const restarted = state.epoch !== null && logged.epoch !== state.epoch;
    if (restarted || logged.changes === null || logged.changes.some((c) => c.scope === 'all')) {
      const reason = restarted ? 'log-restarted' : logged.changes === null ? 'entries-dropped' : 'bulk-change';
      log.debug(
        { reason, since: state.seq, version: logged.version, firstRead: logged.firstRead },
        'network reload, questions wait',
      );
      // Dropped entries, another log or a bulk change: a delta cannot be trusted, so wait for a full read.
      const next = this.fullLoad(state);
      this.state = next;
      // A failed read (the database went away) keeps the network we had, and the next question retries.
      next.catch(() => {
        if (this.state === next) this.state = Promise.resolve(state);
        this.syncedAt = 0;
      });
      return next;
    }
    if (logged.changes.length === 0) {
      // The bookmark moved and the log holds nothing new. A commit that landed while the log was
      // read (a budget settled, a session used) moves the bookmark after the read, but its entry was
      // not in the read's snapshot: the next sync reads it. Only a commit that recorded nothing
      // (Cypher by hand) means reading everything, off the question's path.
      if (silentCommit(state, logged)) {
        log.debug(
          {
            reason: 'no-entries',
            version: logged.version,
            transactions: [committedTransaction(state.bookmark), committedTransaction(logged.bookmark)],
          },
          'network reload',
        );
        this.reloadInBackground();
      }
      return state;
    }
    if (logged.changes.every((c) => c.scope === 'none')) {
      // Writes that change nothing the network holds (a project's organisations): only move on.
      const moved: State = { ...state, seq: logged.version, epoch: logged.epoch, bookmark: logged.bookmark };
      if ((await this.state!) === state) this.state = Promise.resolve(moved);
      return moved;
    }
    this.counts.deltas++;
    log.debug({ entries: logged.changes.length }, 'network delta');
    const delta = await readDelta(this.db, logged.changes);
    // In slices: questions asked meanwhile answer from the network in place.
    const applied = await inSlices(applySteps(state.snapshot, state.network, delta));
    const { snapshot } = applied;
    // People deleted, or organisations changed: compile in full, off the event loop.
    const network =
      applied.network ??
      (await inSlices(
        tableSteps(snapshot, state.network.date, (await compileOffThread(snapshot, state.network.date)).graph),
      ));
    // A background reload may have replaced the state meanwhile: it read everything, so it wins —
    // but it may have read before the changes just applied (this question's own write among
    // them), so sync again on top of it rather than answer from it.
    // The overlays the last questions used, ready before the network takes over (sight.ts).
    await inSlices(prepareOverlays(state.network, network, applied.network ? applied.touched : undefined));
    if ((await this.state!) !== state) return this.syncOnce();
    const next: State = {
      version: ++versions,
      snapshot,
      network,
      seq: logged.version,
      epoch: logged.epoch,
      bookmark: logged.bookmark,
      unlogged: state.unlogged,
    };
    this.state = Promise.resolve(next);
    return next;
  }

  /**
   * Reads everything again in the background, as after a commit that recorded nothing, while
   * questions keep using the current network; resolves when the new one is in place.
   */
  async reloadNow(): Promise<void> {
    if (!this.state) return;
    await this.state;
    // One that is already running may have read before the caller's reason to ask: start another.
    await this.reloading;
    this.reloadInBackground();
    await this.reloading;
  }

  private reloadInBackground(): void {
    if (this.reloading) return;
    this.reloading = (async () => {
      const loaded = await this.fullLoad(await this.state!);
      // Changes recorded during the load are applied on top at the next question (the load read
      // the log's version first, and applying a change twice reads the same rows twice).
      this.state = Promise.resolve(loaded);
      this.syncedAt = 0;
    })()
      .catch((error: unknown) => log.error({ err: error }, 'network reload failed'))
      .finally(() => (this.reloading = undefined));
  }
}

const stores = new WeakMap<Db, GraphStore>();

/** The store of this database connection (one per process in production). */
export function graphStore(db: Db): GraphStore {
  let store = stores.get(db);
  if (!store) stores.set(db, (store = new GraphStore(db)));
  return store;
}

/** The current network of `db`: what every engine reads. */
export const currentNetwork = async (db: Db): Promise<Current> => graphStore(db).current();

/**
 * The change log's version a network includes: comparable across API instances, unlike `version`
 * (which counts this process's changes). Shared analysis jobs are stamped with it.
 */
export const changeLogVersion = (current: Current): number => (current as State).seq;

/**
 * Fingerprints of fully loaded snapshots: a reload with equal rows keeps its version, so workers
 * keep their compiled networks and analyses stay current. A snapshot patched by a delta has none
 * (its version moved anyway).
 */
const prints = new WeakMap<Snapshot, string>();
