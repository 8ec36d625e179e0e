/**
 * Compiles a network off the API's event loop: a full compile of a national network takes
 * seconds, which would stall every request. The rows cross packed on SharedArrayBuffer
 * (share.ts: no copy), the worker applies the date rule and compiles, and the compiled arrays come
 * back on SharedArrayBuffer too; only the ids are copied. The worker also fingerprints the rows,
 * so an unchanged reload keeps its version without hashing a million rows on the event loop.
 * Small networks compile in the calling thread: starting a worker costs more than they do.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { compilePeopleGraph } from './compile.ts';
import { inputOn } from './network.ts';
import type { PeopleGraph } from './people-graph.ts';
import { packInSlices, unpack, type WireData } from './share.ts';
import { fingerprint, type Snapshot } from './snapshot.ts';
import { turn } from '../shared/turns.ts';

/** Below this many ties a compile takes tens of milliseconds: not worth a thread. */
export const OFF_THREAD_TIES = 50_000;

const ENTRY = new URL('./compile-worker-entry.mjs', import.meta.url);

/** The graph without its id map, and its ids as one JSON text (a flat string crosses as one copy). */
type Compiled = Omit<PeopleGraph, 'indexOf' | 'ids'> & { ids: string };
type Reply = { ok: true; graph: Compiled; print: string } | { ok: false; message: string };

/** Ids entered into the id map between two turns of the event loop. */
const IDS_PER_TURN = 5_000;

export async function compileOffThread(
  snapshot: Snapshot,
  date: string,
): Promise<{ graph: PeopleGraph; print: string }> {
  if (snapshot.ties.length < OFF_THREAD_TIES) {
    return { graph: compilePeopleGraph(inputOn(snapshot, date)), print: fingerprint(snapshot) };
  }
  const rows = await packInSlices(snapshot);
  const worker = new Worker(ENTRY);
  try {
    const reply = await new Promise<Reply>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`network compile worker stopped (exit code ${code})`)));
      worker.postMessage({ rows, date });
    });
    if (!reply.ok) throw new Error(reply.message);
    const ids = JSON.parse(reply.graph.ids) as string[];
    const indexOf = new Map<string, number>();
    for (let i = 0; i < ids.length; i++) {
      if (i % IDS_PER_TURN === IDS_PER_TURN - 1) await turn();
      indexOf.set(ids[i]!, i);
    }
    return { graph: { ...reply.graph, ids, indexOf }, print: reply.print };
  } finally {
    await worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.once('message', ({ rows, date }: { rows: WireData; date: string }) => {
    try {
      const snapshot = unpack(rows);
      const { indexOf: _indexOf, ids, ...graph } = compilePeopleGraph(inputOn(snapshot, date));
      void _indexOf; // rebuilt by the caller from ids: cheaper than cloning a Map
      port.postMessage({
        ok: true,
        graph: { ...graph, ids: JSON.stringify(ids) },
        print: fingerprint(snapshot),
      } satisfies Reply);
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}
