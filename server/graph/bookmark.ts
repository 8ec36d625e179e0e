/**
 * The transaction number inside a Neo4j 5 bookmark, so the store (store.ts) can count commits:
 * every commit raises it by one, and every commit made through the app records one change-log
 * entry, so `transaction − change-log version` grows exactly when something committed without
 * recording (Cypher by hand, a restore) — even when logged commits came after it.
 *
 * The bookmark is opaque by contract. Neo4j 5 writes "FB:" and base64 of PackStream: a list of one
 * (database uuid as 16 bytes, transaction number), then an empty list. Anything else (another
 * version, a composite database, several databases) gives undefined and the store falls back to
 * comparing bookmarks, which a later logged commit can hide.
 */
export function committedTransaction(bookmark: string): number | undefined {
  if (!bookmark.startsWith('FB:') || bookmark.includes(',')) return undefined;
  const bytes = Buffer.from(bookmark.slice(3), 'base64url');
  // 0x91: a list of one; 0xCC 0x10: 16 bytes (the database's uuid).
  if (bytes.length < 21 || bytes[0] !== 0x91 || bytes[1] !== 0xcc || bytes[2] !== 0x10) return undefined;
  const at = 19;
  const marker = bytes[at]!;
  const width = { 0xc8: 1, 0xc9: 2, 0xca: 4, 0xcb: 8 }[marker];
  let value: bigint;
  let end: number;
  if (marker < 0x80) {
    // A tiny integer: the marker is the value.
    value = BigInt(marker);
    end = at + 1;
  } else if (width !== undefined && bytes.length >= at + 1 + width) {
    value = 0n;
    for (let i = 0; i < width; i++) value = (value << 8n) | BigInt(bytes[at + 1 + i]!);
    end = at + 1 + width;
  } else {
    return undefined;
  }
  // Then an empty list (no bookmarks of other databases), and nothing more.
  if (end !== bytes.length - 1 || bytes[end] !== 0x90) return undefined;
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}
