/**
 * The assets worker thread: holds the compiled networks and answers questions off the API's
 * event loop, so a long computation never blocks other requests. Messages (runner.ts sends them):
 *   { type: 'data', network, rows }            — today's shared network and the packed rows
 *                                                (other days are compiled from the rows on demand)
 *   { type: 'call', id, method, args }         — answered by { type: 'result' | 'error', id, … }
 * Long calls post { type: 'progress', id, fraction, phase } along the way.
 */
import { parentPort } from 'node:worker_threads';
import { AssetsEngine } from './engine/engine.ts';
import { DeadlineExceeded } from '../../shared/deadline.ts';
import type { WorkerNetwork } from '../../graph/network.ts';
import { unpack, type WireData } from '../../graph/share.ts';
import type { Snapshot } from '../../graph/snapshot.ts';

export type WorkerMessage =
  | { type: 'data'; network: WorkerNetwork; rows: WireData }
  | { type: 'call'; id: number; method: Method; args: Record<string, unknown> };

export type Method = 'organisation' | 'reachPeople' | 'handover' | 'trend' | 'analyse';

export type WorkerReply =
  | { type: 'result'; id: number; value: unknown }
  | { type: 'error'; id: number; message: string; deadline?: boolean }
  | { type: 'progress'; id: number; fraction: number; phase: string };

let engine: AssetsEngine | undefined;

function answer(method: Method, args: Record<string, unknown>, id: number): unknown {
  type Args<K extends keyof AssetsEngine> = AssetsEngine[K] extends (a: infer A, ...rest: never[]) => unknown
    ? A
    : never;
  if (!engine) throw new Error('assets worker: no data yet');
  const progress = (fraction: number, phase: string) =>
    parentPort!.postMessage({ type: 'progress', id, fraction, phase });
  switch (method) {
    case 'organisation':
      return engine.organisation(args as Args<'organisation'>);
    case 'reachPeople':
      return engine.reachPeople(args as Args<'reachPeople'>);
    case 'handover':
      return engine.handover(args as Args<'handover'>) ?? null;
    case 'trend':
      return engine.trend(args as Args<'trend'>, progress);
    case 'analyse':
      // Every person's metrics, as the JSON the job's record stores: written on this thread, not
      // the API's, and nothing of the analysis stays here once it is answered.
      return engine.analyse(args as Args<'analyse'>, progress).then(({ metrics, ...result }) => ({
        result,
        metricsJson: JSON.stringify(metrics(engine!.network().personIds)),
      }));
  }
}

parentPort?.on('message', (message: WorkerMessage) => {
  if (message.type === 'data') {
    let rows: Snapshot | undefined;
    const { network, rows: wire } = message;
    engine = new AssetsEngine(() => (rows ??= unpack(wire)), network);
    return;
  }
  const { id } = message;
  const fail = (error: unknown) =>
    parentPort!.postMessage({
      type: 'error',
      id,
      message: error instanceof Error ? error.message : String(error),
      deadline: error instanceof DeadlineExceeded,
    });
  try {
    // The analysis answers asynchronously (its betweenness runs on threads of its own).
    Promise.resolve(answer(message.method, message.args, id)).then(
      (value) => parentPort!.postMessage({ type: 'result', id, value }),
      fail,
    );
  } catch (error) {
    fail(error);
  }
});
