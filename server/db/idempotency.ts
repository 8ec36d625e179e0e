/**
 * Idempotent writes (issue 14). When the connection drops after Neo4j committed a transaction but
 * before the driver heard so, the driver (or the client) tries again; without a record the retry
 * either writes twice or fails on what the first try wrote ("already exists"), and the user is
 * told a write failed that did not. So every write transaction of a GraphQL mutation records a
 * marker under a slot, in the same transaction: a retry that finds it writes nothing again and
 * answers the first attempt's result.
 *
 * A slot is the SHA-256 of the account, the request's idempotency key (the `Idempotency-Key`
 * header, or one made per request), the operation and its variables, and the write's position in
 * the request. The marker holds nothing else: results hold personal data, so they stay in this
 * process's memory only — for the driver's retry of the same call, and for ten minutes for a
 * client repeating its header. A repeat that finds the marker but not the result (another
 * instance, a restart) is told the request was already carried out. Markers go after 24 hours
 * (auth-sweep).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';

export const IDEMPOTENCY_HOURS = 24;

export interface WriteScope {
  key: string;
  /** Whether the client chose the key (so it may repeat the request with it). */
  fromClient: boolean;
  account: string | null;
  /** The operation and its variables (set when the operation is known). */
  operation: string;
  /** Only mutations record their writes: sessions and housekeeping do not. */
  active: boolean;
  writes: number;
}

const scopes = new AsyncLocalStorage<WriteScope>();

export const KEY_PATTERN = /^[A-Za-z0-9_-]{8,128}$/;

/** Runs `next` (the rest of one HTTP request) in a write scope with `key` or a new one. */
export function inWriteScope<T>(key: string | undefined, next: () => T): T {
  return scopes.run(
    { key: key ?? randomUUID(), fromClient: key !== undefined, account: null, operation: '', active: false, writes: 0 },
    next,
  );
}

export const currentWriteScope = (): WriteScope | undefined => scopes.getStore();

/** The slot of the next write transaction in this scope, or null outside a mutation. */
export function nextSlot(): { slot: string; fromClient: boolean } | null {
  const scope = scopes.getStore();
  if (!scope?.active) return null;
  const position = scope.writes++;
  const slot = createHash('sha256')
    .update(`${scope.account ?? '-'}\0${scope.key}\0${scope.operation}\0${position}`)
    .digest('base64url');
  return { slot, fromClient: scope.fromClient };
}

const REMEMBER_MS = 10 * 60_000;
const REMEMBER_MAX = 1_000;
/** Results of writes made under a client's key, by slot, for its repeats (insertion-ordered). */
const remembered = new Map<string, { value: unknown; until: number }>();

export function remember(slot: string, value: unknown): void {
  const now = Date.now();
  for (const [key, entry] of remembered) {
    if (entry.until > now && remembered.size < REMEMBER_MAX) break;
    remembered.delete(key);
  }
  remembered.set(slot, { value, until: now + REMEMBER_MS });
}

export function recall(slot: string): { value: unknown } | undefined {
  const entry = remembered.get(slot);
  return entry && entry.until > Date.now() ? { value: entry.value } : undefined;
}
