/**
 * Read-your-writes across API instances (issue 14; docs/deployment.md). A write answers the change
 * log's version it made (response header `Tsunagari-Version`); the client sends the highest
 * version it has seen with its next requests (`Tsunagari-After`), whichever instance they reach.
 * An instance whose in-memory network is behind that version reads the change log before
 * answering (store.ts), so a write through instance A is in instance B's very next answer.
 *
 * Both travel in the request's async context: what the request may not answer without (`after`)
 * and the version its own writes made (`written`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface SeenScope {
  after: number | null;
  written: number;
}

const scopes = new AsyncLocalStorage<SeenScope>();

export const AFTER_HEADER = 'tsunagari-after';
export const VERSION_HEADER = 'tsunagari-version';

/** The header's version, or null when absent or not a whole number ≥ 0 (then it is ignored). */
export function parseAfter(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,15}$/.test(value)) return null;
  return Number(value);
}

export function inSeenScope<T>(after: number | null, next: () => T): T {
  return scopes.run({ after, written: 0 }, next);
}

/** The version this request must not answer from an older network than, if any. */
export const seenAfter = (): number | null => scopes.getStore()?.after ?? null;

/** Notes the version a write of this request made (the last attempt's, if the driver retried). */
export function noteWritten(seq: number): void {
  const scope = scopes.getStore();
  if (scope && Number.isFinite(seq)) scope.written = Math.max(scope.written, seq);
}

/** The highest version this request's writes made (0: none). */
export const writtenVersion = (): number => scopes.getStore()?.written ?? 0;
