/**
 * Work that outlives the request that started it (an analysis job's heartbeats, the budget
 * counters' batched writes) must not run in that request's async context: its writes would be
 * counted as the request's own (an idempotency slot each, a Tsunagari-Version header). This runs
 * `work` in the context captured when this module loaded, where no request scope is set.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const outsideRequests = AsyncLocalStorage.snapshot();

export function inBackground<T>(work: () => T): T {
  return outsideRequests(work);
}
