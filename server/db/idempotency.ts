/**
 * Idempotent writes (issue 14). When the connection drops after Neo4j committed a transaction but
 * before the driver heard so, the driver (or the client) tries again; without a record the retry
 * either writes twice or fails on what the first try wrote ("already exists"), and the user is
 * told a write failed that did not. So every write transaction of a GraphQL mutation records its
 * result under a slot, in the same transaction: a retry finds the slot and returns the original
 * result without writing again.
 *
 * A slot is the SHA-256 of the account, the request's idempotency key (the `Idempotency-Key`
 * header, or one made per request), the operation and its variables, and the write's position in
 * the request. A client that repeats a request with the same header gets the first answer; the
 * same header with another operation is another slot. Records go after 24 hours (auth-sweep).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash, randomUUID } from 'node:crypto';

export const IDEMPOTENCY_HOURS = 24;

export interface WriteScope {
  key: string;
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
  return scopes.run({ key: key ?? randomUUID(), account: null, operation: '', active: false, writes: 0 }, next);
}

export const currentWriteScope = (): WriteScope | undefined => scopes.getStore();

/** The slot of the next write transaction in this scope, or null outside a mutation. */
export function nextSlot(): string | null {
  const scope = scopes.getStore();
  if (!scope?.active) return null;
  const position = scope.writes++;
  return createHash('sha256')
    .update(`${scope.account ?? '-'}\0${scope.key}\0${scope.operation}\0${position}`)
    .digest('base64url');
}

/** What a write returned, as stored (null when it cannot be stored as JSON: then no record). */
export function encodeResult(value: unknown): string | null {
  try {
    return JSON.stringify({ value: value ?? null });
  } catch {
    return null;
  }
}

export const decodeResult = (text: string): unknown => (JSON.parse(text) as { value: unknown }).value;
