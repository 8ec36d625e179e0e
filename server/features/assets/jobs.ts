/**
 * Network-wide analysis as background jobs: `startNetworkAnalysis` starts one on the analysis
 * worker (or returns the one already running or done on the current data) and answers at once;
 * clients poll `networkAnalysis(jobId)` for progress and the result. Betweenness at 100k people
 * takes tens of seconds; it runs on its own thread, so other requests are never held up.
 *
 * Jobs live in Neo4j (decision 0022), so every API instance on the database sees them: a job
 * started through instance A is polled through B, and B's start returns A's job instead of
 * starting a second one (an analysis lock serialises starts). The instance running a job writes
 * its progress with a heartbeat every 2 s; a running job whose heartbeat stopped for 30 s (its
 * instance died or lost the database) is reported FAILED and the next start begins a new one.
 * A job is stamped with the change log's version of the data it analysed, comparable across
 * instances. Person metrics are kept with the result in the job's record, so every instance answers
 * them alike; the analysis worker's thread ends with its last job.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db, Row, Tx } from '../../db/driver.ts';
import { AppError, isDatabaseAway } from '../../errors.ts';
import { log } from '../../log.ts';
import { inBackground } from '../../shared/background.ts';
import * as v from '../../shared/validation.ts';
import { Names } from '../../graph/names.ts';
import { bookkeeping } from '../../graph/changes.ts';
import type { NetworkAnalysis, PersonMetrics } from './engine/analysis.ts';
import { changeLogVersion, currentNetwork, type Current } from '../../graph/store.ts';
import { AssetsWorker } from './runner.ts';

export type PlainAnalysis = Omit<NetworkAnalysis, 'metrics'>;

export interface Job {
  id: string;
  /** The change log's version of the data analysed. */
  seq: number;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  phase: string | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: PlainAnalysis | null;
  samples: number | null;
  instance: string;
  heartbeatAt: number;
}

/** How often a running job reports, and after how long without a report it counts as failed. */
export const JOB_TIMING = { heartbeatMs: 2_000, silentMs: 30_000 };

export const SILENT_JOB_ERROR = 'The API instance running this analysis stopped; start it again.';

interface Local {
  /** This process's name in the jobs it runs. */
  instance: string;
  worker: AssetsWorker;
  timers: Set<NodeJS.Timeout>;
  /** Set when the instance is abandoned (tests of an instance that died): nothing more is written. */
  stopped: boolean;
  /** Parsed results by job id (a result is written once and never changes). */
  results: Map<string, PlainAnalysis>;
  /** Person metrics of finished jobs, read from their records once, by job id. */
  metrics: Map<string, StoredMetrics>;
}

const locals = new WeakMap<Db, Local>();
const localOf = (db: Db): Local =>
  locals.get(db) ??
  locals
    .set(db, {
      instance: randomUUID(),
      worker: new AssetsWorker({ exitWhenIdle: true }),
      timers: new Set(),
      stopped: false,
      results: new Map(),
      metrics: new Map(),
    })
    .get(db)!;

const samplesSchema = z.number().int().min(1, 'must be from 1 to 100000').max(100_000, 'must be from 1 to 100000');

const toJob = (row: Row): Job => ({
  id: String(row.id),
  seq: Number(row.seq),
  state: row.state as Job['state'],
  progress: Number(row.progress ?? 0),
  phase: (row.phase as string | null) ?? null,
  startedAt: String(row.startedAt),
  finishedAt: (row.finishedAt as string | null) ?? null,
  error: (row.error as string | null) ?? null,
  result: null,
  samples: row.samples == null ? null : Number(row.samples),
  instance: String(row.instance),
  heartbeatAt: Number(row.heartbeatAt),
});

const isSilent = (job: Job, now: number) => job.state === 'RUNNING' && job.heartbeatAt < now - JOB_TIMING.silentMs;

/** Fails `job` in the database when its instance fell silent; answers the job as it now is. */
async function failIfSilent(tx: Tx, job: Job, now: number): Promise<Job> {
  if (!isSilent(job, now)) return job;
  const finishedAt = new Date(now).toISOString();
  const [row] = await tx.run('analysis-job-abandon', {
    id: job.id,
    before: now - JOB_TIMING.silentMs,
    error: SILENT_JOB_ERROR,
    finishedAt,
  });
  return row ? { ...job, state: 'FAILED', error: SILENT_JOB_ERROR, finishedAt } : job;
}

const dataChangedSince = async (tx: Tx, seq: number) =>
  (await tx.run('analysis-data-changed', { seq }))[0]?.changed === true;

export async function startNetworkAnalysis(db: Db, raw: { samples?: number | null; restart?: boolean | null }) {
  const samples = raw.samples == null ? null : v.parse(samplesSchema, raw.samples, 'samples');
  const local = localOf(db);
  const loaded = await currentNetwork(db);
  const now = Date.now();
  const job: Job = {
    id: randomUUID(),
    seq: changeLogVersion(loaded),
    state: 'RUNNING',
    progress: 0,
    phase: 'starting',
    startedAt: new Date(now).toISOString(),
    finishedAt: null,
    error: null,
    result: null,
    samples,
    instance: local.instance,
    heartbeatAt: now,
  };
  const existing = await bookkeeping(db, async (tx) => {
    // Held to the end of this transaction: another instance's start waits here, then sees this job.
    await tx.run('analysis-lock', { now });
    for (const row of await tx.run('analysis-jobs-recent')) {
      const other = await failIfSilent(tx, toJob(row), now);
      if (raw.restart || other.state === 'FAILED' || other.samples !== samples) continue;
      if (!(await dataChangedSince(tx, other.seq))) return other;
    }
    await tx.run('analysis-job-create', { ...job, now });
    return null;
  });
  if (existing) return withResult(db, existing);
  inBackground(() => run(db, local, job, loaded));
  return job;
}

/** Runs `job` on this instance's analysis worker, reporting progress and the end to the database. */
function run(db: Db, local: Local, job: Job, loaded: Current): void {
  let progress = { progress: 0, phase: 'starting' };
  const write = async (name: string, params: Record<string, unknown>) => {
    if (local.stopped) return;
    try {
      await bookkeeping(db, (tx) => tx.run(name, params));
    } catch (error) {
      // A missed heartbeat is harmless; missing them for JOB_TIMING.silentMs fails the job.
      if (!isDatabaseAway(error)) log.warn({ err: error, job: job.id }, `network analysis: could not record ${name}`);
    }
  };
  const timer = setInterval(
    () => void write('analysis-job-progress', { id: job.id, ...progress, now: Date.now() }),
    JOB_TIMING.heartbeatMs,
  );
  timer.unref();
  local.timers.add(timer);
  const finish = (params: {
    state: 'DONE' | 'FAILED';
    result: string | null;
    metrics: string | null;
    error: string | null;
  }) => {
    clearInterval(timer);
    local.timers.delete(timer);
    return write('analysis-job-finish', { id: job.id, ...params, finishedAt: new Date().toISOString() });
  };
  const onProgress = (fraction: number, phase: string) => (progress = { progress: fraction, phase });
  const samples = job.samples === null ? {} : { samples: job.samples };
  local.worker
    .call<{ result: PlainAnalysis; metricsJson: string }>(loaded, 'analyse', samples, onProgress)
    .then(({ result, metricsJson }) => {
      local.results.set(job.id, result);
      return { result: JSON.stringify(result), metrics: metricsJson };
    })
    .then(
      (done) => finish({ state: 'DONE', ...done, error: null }),
      (error: Error) => finish({ state: 'FAILED', result: null, metrics: null, error: error.message }),
    );
}

async function withResult(db: Db, job: Job, text?: unknown): Promise<Job> {
  if (job.state !== 'DONE') return job;
  const local = localOf(db);
  let result = local.results.get(job.id);
  if (!result) {
    const json = text ?? (await db.read((tx) => tx.run('analysis-job-get', { id: job.id })))[0]?.result;
    if (typeof json !== 'string') return job;
    result = JSON.parse(json) as PlainAnalysis;
    if (local.results.size >= 4) local.results.delete(local.results.keys().next().value!);
    local.results.set(job.id, result);
  }
  return { ...job, result };
}

export async function networkAnalysisJob(db: Db, rawId: string | null | undefined) {
  const [row] = await db.read((tx) => tx.run('analysis-job-get', { id: rawId ?? null }));
  if (!row) {
    if (rawId == null) return null;
    throw new AppError('NOT_FOUND', `jobId: no network analysis with id "${rawId}"`, 'jobId');
  }
  let job = toJob(row);
  const now = Date.now();
  if (isSilent(job, now)) job = await bookkeeping(db, (tx) => failIfSilent(tx, job, now));
  return withResult(db, job, row.result);
}

/** Whether the data changed since the job started (its figures are then about older data). */
export async function isStale(db: Db, job: Job): Promise<boolean> {
  return db.read((tx) => dataChangedSince(tx, job.seq));
}

/**
 * Stops this instance's part in analysis jobs without a word to the database, as a crash would:
 * its running jobs' heartbeats stop (tests of an instance that died; shutdown).
 */
export async function abandonAnalysisJobs(db: Db): Promise<void> {
  const local = localOf(db);
  local.stopped = true;
  for (const timer of local.timers) clearInterval(timer);
  local.timers.clear();
  await local.worker.stop();
}

/** Metrics of the latest finished analysis for these people, from the job's record (read once per job). */
export async function personMetrics(db: Db, rawIds: readonly string[]): Promise<PersonMetrics[]> {
  const ids = v.parse(z.array(v.id).max(2000, 'takes at most 2000 people'), rawIds, 'personIds');
  const local = localOf(db);
  const done = await db.read(async (tx) => {
    const job = (await tx.run('analysis-jobs-recent')).map(toJob).find((j) => j.state === 'DONE');
    // Metrics belong to the data they were computed on; after a change, run a new analysis.
    return job && !(await dataChangedSince(tx, job.seq)) ? job : undefined;
  });
  if (!done) return [];
  const stored = await storedMetrics(db, local, done.id);
  return ids.flatMap((id) => stored.get(id) ?? []);
}

async function storedMetrics(db: Db, local: Local, jobId: string): Promise<StoredMetrics> {
  let stored = local.metrics.get(jobId);
  if (stored) return stored;
  const [row] = await db.read((tx) => tx.run('analysis-job-metrics', { id: jobId }));
  stored = new StoredMetrics(typeof row?.metrics === 'string' ? row.metrics : '[]');
  local.metrics.clear(); // the latest job's only: one record of 100k people is ~25 MB
  local.metrics.set(jobId, stored);
  return stored;
}

/**
 * A job's metrics kept as the JSON text it stored (an array of objects, each beginning with its
 * `personId`), indexed by where each person's object starts: a lookup parses that object only.
 * Parsing the whole record into objects would hold several times its size and stall the event
 * loop for a few hundred milliseconds at 100k people. The key cannot occur inside a string value,
 * where JSON escapes the quote.
 */
export class StoredMetrics {
  private static readonly KEY = '{"personId":';
  private readonly starts = new Map<string, number>();

  constructor(private readonly json: string) {
    const { KEY } = StoredMetrics;
    for (let at = json.indexOf(KEY); at >= 0; at = json.indexOf(KEY, at + KEY.length)) {
      let end = at + KEY.length + 1; // past the id's opening quote, to its closing one
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1;
      this.starts.set(JSON.parse(json.slice(at + KEY.length, end + 1)) as string, at);
    }
  }

  get(personId: string): PersonMetrics | undefined {
    const at = this.starts.get(personId);
    if (at === undefined) return undefined;
    const next = this.json.indexOf(`,${StoredMetrics.KEY}`, at + 1);
    return JSON.parse(this.json.slice(at, next >= 0 ? next : this.json.lastIndexOf(']'))) as PersonMetrics;
  }
}

export async function nameMetrics(db: Db, metrics: readonly PersonMetrics[], texts = true) {
  const { network } = await currentNetwork(db);
  const names = await new Names(network).people(metrics.map((m) => m.personId)).load(db, texts);
  return metrics.flatMap((m) => {
    const person = names.person(m.personId);
    return person ? [{ ...m, person }] : [];
  });
}
