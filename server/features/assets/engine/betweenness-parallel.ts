/**
 * Betweenness on several threads. Brandes' passes are independent per pivot and their
 * dependencies add up, so worker i takes pivots i, i + threads, i + 2·threads, … of the list —
 * interleaved, since neighbouring node numbers tend to sit in the same part of the network and
 * cost alike — sums its own raw dependencies, and this side adds the workers' sums in worker order
 * and scales them once (finishBetweenness). All workers read ONE copy of the adjacency: offsets
 * and neighbours are copied once into SharedArrayBuffers (or used as they are when already
 * shared), which postMessage shares rather than copies. Results equal the single-thread ones up to
 * the order of floating-point additions (about 1e-16 relative; every term is non-negative).
 *
 * Each call starts its workers and terminates them when done or on the first failure, so nothing
 * lingers between analyses. Starting one (tsx included) costs about 0.25 s of CPU here: it pays
 * off from a few thousand people (10k exact: 11 s on two threads against 21 s on one).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Csr } from '../../../graph/csr.ts';
import {
  betweenness,
  finishBetweenness,
  planPivots,
  type BetweennessAnswer,
  type BetweennessOptions,
  type HopGraph,
} from './betweenness.ts';
import type { BetweennessJob, BetweennessReply } from './betweenness-worker.ts';

// The entry registers the TypeScript loader (tsx) itself, whatever started this process.
const ENTRY = new URL('./betweenness-worker-entry.mjs', import.meta.url);

export async function betweennessParallel(
  graph: Csr | HopGraph,
  options: BetweennessOptions & { threads?: number } = {},
): Promise<BetweennessAnswer> {
  const { pivots, exact } = planPivots(graph, options);
  const k = pivots.length;
  const wanted = Math.floor(options.threads ?? os.availableParallelism());
  const threads = Math.min(Math.max(1, Number.isFinite(wanted) ? wanted : 1), Math.max(1, k));
  if (threads === 1) return betweenness(graph, options);

  const offsets = shared(graph.offsets);
  const neighbours = shared(graph.neighbours);
  const slices = Array.from({ length: threads }, (_, i) => {
    const slice = new Int32Array(Math.ceil((k - i) / threads));
    for (let j = 0; j < slice.length; j++) slice[j] = pivots[i + j * threads]!;
    return slice;
  });
  const doneBy = new Array<number>(threads).fill(0);
  let done = 0;
  let stopped = false; // no progress after a failure, while the other workers are being stopped
  const report = (i: number, count: number) => {
    if (stopped) return;
    done += count - doneBy[i]!;
    doneBy[i] = count;
    options.onProgress?.(done, k);
  };
  const workers: Worker[] = [];
  try {
    const parts = await Promise.all(
      slices.map((sources, i) => {
        const job: BetweennessJob = { n: graph.n, offsets, neighbours, sources };
        const worker = new Worker(ENTRY, { workerData: job });
        workers.push(worker);
        return collect(worker, (count) => report(i, count));
      }),
    );
    // Summed in worker order, so the same inputs always give the same bits.
    const raw = parts[0]!;
    for (let p = 1; p < parts.length; p++) {
      const part = parts[p]!;
      for (let v = 0; v < raw.length; v++) raw[v] += part[v]!;
    }
    if (done < k) options.onProgress?.(k, k); // workers report only every 64 pivots
    return finishBetweenness(raw, graph.n, k, exact);
  } finally {
    stopped = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The worker's raw dependencies; rejects on its error message, a crash or an early exit. */
function collect(worker: Worker, onProgress: (done: number) => void): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    worker.on('message', (reply: BetweennessReply) => {
      if (reply.type === 'progress') onProgress(reply.done);
      else if (reply.type === 'done') resolve(reply.raw);
      else reject(new Error(reply.message));
    });
    worker.on('error', reject);
    // After 'done' or an error this is a no-op (a settled promise stays settled).
    worker.on('exit', (code) => reject(new Error(`betweenness worker stopped before finishing (exit code ${code})`)));
  });
}

/** The array itself when it already lives in shared memory, else one shared copy. */
function shared(array: Int32Array): Int32Array {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
