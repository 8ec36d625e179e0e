/**
 * Network-wide analysis as background jobs: `startNetworkAnalysis` starts one on the analysis
 * worker (or returns the one already running or done on the current data) and answers at once;
 * clients poll `networkAnalysis(jobId)` for progress and the result. Betweenness at 100k people
 * takes tens of seconds; it runs on its own thread, so other requests are never held up.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { AppError } from '../../errors.ts';
import * as v from '../../shared/validation.ts';
import { Names } from '../../graph/names.ts';
import type { NetworkAnalysis, PersonMetrics } from './engine/analysis.ts';
import { currentNetwork, graphStore } from '../../graph/store.ts';
import { AssetsWorker } from './runner.ts';

export type PlainAnalysis = Omit<NetworkAnalysis, 'metrics'>;

export interface Job {
  id: string;
  version: number;
  state: 'RUNNING' | 'DONE' | 'FAILED';
  progress: number;
  phase: string | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: PlainAnalysis | null;
  samples: number | null;
}

interface State {
  worker: AssetsWorker;
  jobs: Job[];
}

const KEEP_JOBS = 5;
const states = new WeakMap<Db, State>();
const stateOf = (db: Db): State => states.get(db) ?? states.set(db, { worker: new AssetsWorker(), jobs: [] }).get(db)!;

const samplesSchema = z.number().int().min(1, 'must be from 1 to 100000').max(100_000, 'must be from 1 to 100000');

export async function startNetworkAnalysis(db: Db, raw: { samples?: number | null; restart?: boolean | null }) {
  const samples = raw.samples == null ? null : v.parse(samplesSchema, raw.samples, 'samples');
  const state = stateOf(db);
  const loaded = await currentNetwork(db);
  const running = state.jobs.find((j) => j.version === loaded.version && j.samples === samples && j.state !== 'FAILED');
  if (running && !raw.restart) return running;
  const job: Job = {
    id: randomUUID(),
    version: loaded.version,
    state: 'RUNNING',
    progress: 0,
    phase: 'starting',
    startedAt: new Date().toISOString(),
    finishedAt: null,
    error: null,
    result: null,
    samples,
  };
  state.jobs = [job, ...state.jobs].slice(0, KEEP_JOBS);
  const onProgress = (fraction: number, phase: string) => Object.assign(job, { progress: fraction, phase });
  state.worker.call<PlainAnalysis>(loaded, 'analyse', samples === null ? {} : { samples }, onProgress).then(
    (result) =>
      Object.assign(job, { state: 'DONE', progress: 1, phase: null, result, finishedAt: new Date().toISOString() }),
    (error: Error) =>
      Object.assign(job, { state: 'FAILED', error: error.message, finishedAt: new Date().toISOString() }),
  );
  return job;
}

export async function networkAnalysisJob(db: Db, rawId: string | null | undefined) {
  const jobs = stateOf(db).jobs;
  if (rawId == null) return jobs[0] ?? null;
  const job = jobs.find((j) => j.id === rawId);
  if (!job) throw new AppError('NOT_FOUND', `jobId: no network analysis with id "${rawId}"`, 'jobId');
  return job;
}

/** Whether the data changed since the job started (its figures are then about older data). */
export async function isStale(db: Db, job: Job): Promise<boolean> {
  return (await graphStore(db).current()).version !== job.version;
}

/** Metrics of the latest finished analysis for these people (the analysis worker keeps them). */
export async function personMetrics(db: Db, rawIds: readonly string[]): Promise<PersonMetrics[]> {
  const ids = v.parse(z.array(v.id).max(2000, 'takes at most 2000 people'), rawIds, 'personIds');
  const state = stateOf(db);
  const done = state.jobs.find((j) => j.state === 'DONE');
  const loaded = await currentNetwork(db);
  // Metrics belong to the data they were computed on; after a change, run a new analysis.
  if (!done || done.version !== loaded.version) return [];
  return (await state.worker.call<PersonMetrics[] | null>(loaded, 'metrics', { personIds: ids })) ?? [];
}

export async function nameMetrics(db: Db, metrics: readonly PersonMetrics[], texts = true) {
  const { network } = await currentNetwork(db);
  const names = await new Names(network).people(metrics.map((m) => m.personId)).load(db, texts);
  return metrics.flatMap((m) => {
    const person = names.person(m.personId);
    return person ? [{ ...m, person }] : [];
  });
}
