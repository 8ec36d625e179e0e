/**
 * The API side of the assets worker threads: one worker answers organisation questions, a
 * second one runs network-wide analyses (which can take many seconds at 100k people), so neither
 * kind ever waits behind the other and the API's event loop never computes. Each worker gets the
 * current network once per version — today's compiled network and the packed rows, both on
 * SharedArrayBuffer, so they exist once per process — and calls are matched to replies by id. An idle worker never keeps
 * the process alive (it is ref'd only while answers are pending), and a crashed worker is
 * replaced on the next call.
 */
import { AppError } from '../../errors.ts';
import { Worker } from 'node:worker_threads';
import type { Current } from '../../graph/store.ts';
import { pack } from '../../graph/share.ts';
import { forWorkers } from '../../graph/network.ts';
import type { Method, WorkerMessage, WorkerReply } from './worker.ts';

type Pending = {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: ((fraction: number, phase: string) => void) | undefined;
};

// The entry registers the TypeScript loader (tsx) itself, whatever started this process.
const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class AssetsWorker {
  /**
   * `exitWhenIdle`: the thread stops once it has no call left to answer (the analysis worker:
   * a rare job should not keep its networks and working memory, hundreds of MB at 100k people,
   * for the rest of the process's life; the next call starts a thread again).
   */
  constructor(private readonly options: { exitWhenIdle?: boolean } = {}) {}

  private worker: Worker | undefined;
  private version = 0;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(ENTRY);
    worker.on('message', (reply: WorkerReply) => this.receive(reply));
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.version = 0;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`assets worker stopped (exit code ${code})`)));
    worker.unref(); // after the listeners (attaching one refs it again); call() refs while busy
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') return p.onProgress?.(reply.fraction, reply.phase);
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && this.options.exitWhenIdle) void this.stop();
    else if (this.pending.size === 0) this.worker?.unref();
    if (reply.type === 'result') p.resolve(reply.value);
    else p.reject(reply.deadline ? new AppError('TOO_COSTLY', reply.message) : new Error(reply.message));
  }

  call<T>(current: Current, method: Method, args: object, onProgress?: Pending['onProgress']): Promise<T> {
    const worker = this.ensure();
    if (this.version !== current.version) {
      const message = { type: 'data', network: forWorkers(current.network), rows: pack(current.snapshot) } as const;
      worker.postMessage(message satisfies WorkerMessage);
      this.version = current.version;
    }
    const id = this.nextId++;
    worker.ref(); // a pending answer keeps the process alive; an idle worker never does
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
      worker.postMessage({ type: 'call', id, method, args: args as Record<string, unknown> } satisfies WorkerMessage);
    });
  }

  /** Whether a thread is running now. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** Stops the thread (tests and shutdown); the next call starts a new one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.version = 0; // a new thread has no data yet
    await worker?.terminate();
  }
}
