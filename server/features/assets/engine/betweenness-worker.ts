/**
 * One betweenness worker thread (betweenness-parallel.ts starts it): adds up the raw dependencies
 * of its slice of pivots over the shared graph, then hands its sums back by transfer. It reads
 * everything from workerData and posts:
 *   { type: 'progress', done }  — pivots finished so far, every PROGRESS_EVERY of them
 *   { type: 'done', raw }       — raw dependencies, Float64Array(n), buffer transferred
 *   { type: 'error', message }  — then exits; the caller rejects and stops the other workers
 */
import { parentPort, workerData } from 'node:worker_threads';
import { accumulateSources } from './betweenness.ts';

export interface BetweennessJob {
  n: number;
  /** SharedArrayBuffer-backed, so every worker reads the one copy. */
  offsets: Int32Array;
  neighbours: Int32Array;
  sources: Int32Array;
}

export type BetweennessReply =
  { type: 'progress'; done: number } | { type: 'done'; raw: Float64Array } | { type: 'error'; message: string };

const PROGRESS_EVERY = 64;
const post = (reply: BetweennessReply, transfer?: ArrayBuffer[]) => parentPort!.postMessage(reply, transfer);

const job = workerData as BetweennessJob;
try {
  const raw = new Float64Array(job.n);
  accumulateSources(job, job.sources, raw, (done) => {
    if (done % PROGRESS_EVERY === 0) post({ type: 'progress', done });
  });
  post({ type: 'done', raw }, [raw.buffer]);
} catch (error) {
  post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
