import { describe, expect, it } from 'vitest';
import { committedTransaction } from '../../server/graph/bookmark.ts';
import { silentCommit } from '../../server/graph/store.ts';

const UUID = Array.from({ length: 16 }, (_, i) => (i * 37 + 11) & 0xff);
const bookmark = (integer: number[], tail: number[] = [0x90]) =>
  `FB:${Buffer.from([0x91, 0xcc, 0x10, ...UUID, ...integer, ...tail]).toString('base64url')}`;

describe('the transaction number in a Neo4j 5 bookmark', () => {
  it('reads one that a Neo4j 5.26 server answered', () => {
    expect(committedTransaction('FB:kcwQfBf28yOSQe67a1nEmGnwXQmQ')).toBe(9);
    expect(committedTransaction('FB:kcwQfBf28yOSQe67a1nEmGnwXRCQ')).toBe(16);
  });

  it('reads every integer width', () => {
    expect(committedTransaction(bookmark([0x7f]))).toBe(127);
    expect(committedTransaction(bookmark([0xc9, 0x01, 0x00]))).toBe(256);
    expect(committedTransaction(bookmark([0xca, 0x00, 0x01, 0x00, 0x00]))).toBe(65_536);
    expect(committedTransaction(bookmark([0xcb, 0, 0, 0, 1, 0, 0, 0, 0]))).toBe(2 ** 32);
  });

  it('gives up on anything else rather than guess', () => {
    expect(committedTransaction('')).toBeUndefined();
    expect(committedTransaction('FB:kcwQfBf28yOSQe67a1nEmGnwXQmQ,FB:kcwQfBf28yOSQe67a1nEmGnwXQqQ')).toBeUndefined();
    expect(committedTransaction('neo4j:bookmark:v1:tx42')).toBeUndefined();
    // Bookmarks of another database after it, a truncated integer, trailing bytes.
    expect(committedTransaction(bookmark([0x09], [0x91, 0x01]))).toBeUndefined();
    expect(committedTransaction(bookmark([0xc9, 0x01], []))).toBeUndefined();
    expect(committedTransaction(bookmark([0x09], [0x90, 0x00]))).toBeUndefined();
  });
});

describe('a sync that finds no new change-log entry although the bookmark moved', () => {
  const tx = (n: number) => bookmark([n]);
  // Loaded in full when the log was at version 90 and the bookmark before that read at 100.
  const had = { bookmark: tx(100), unlogged: 10 };

  it('is not a commit by hand when the commit landed while the log was read (its entry comes next)', () => {
    expect(silentCommit(had, { version: 90, before: tx(100), bookmark: tx(101) })).toBe(false);
    // Logged writes since the load raise the transaction number and the version together.
    expect(silentCommit(had, { version: 95, before: tx(105), bookmark: tx(107) })).toBe(false);
  });

  it('is one when the number had moved past the log before the read began', () => {
    expect(silentCommit(had, { version: 90, before: tx(101), bookmark: tx(101) })).toBe(true);
    expect(silentCommit(had, { version: 95, before: tx(106), bookmark: tx(106) })).toBe(true);
  });

  it('without transaction numbers, trusts only a bookmark that moved before the read', () => {
    const opaque = { bookmark: 'a', unlogged: undefined };
    expect(silentCommit(opaque, { version: 90, before: 'a', bookmark: 'b' })).toBe(false);
    expect(silentCommit(opaque, { version: 90, before: 'b', bookmark: 'b' })).toBe(true);
  });
});
