/**
 * The rows cross to the worker threads packed into typed arrays on SharedArrayBuffer: after a real
 * structured clone, unpacking gives back exactly the rows that were packed, and the clone shares
 * the packed memory instead of copying it (one copy per process, however many workers). A reload
 * with equal rows keeps its version, which rests on the fingerprint telling equal rows from
 * changed ones.
 */
import { describe, expect, it } from 'vitest';
import { snapshotFromDataset as assetsDataFromDataset } from '../reference/snapshot.ts';
import { fingerprint } from '../../server/graph/snapshot.ts';
import { pack, unpack } from '../../server/graph/share.ts';
import { demoDataset } from '../../seed/demo/index.ts';

describe('assets wire format', () => {
  it('round-trips the demo rows through a structured clone', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    const expected = structuredClone(data);
    const wire = pack(data);
    expect(pack(data)).toBe(wire); // packed once per snapshot
    const received = structuredClone(wire);
    expect(unpack(received)).toEqual(expected);
    // Shared, not copied: a write through the original is seen through the clone.
    expect(received.ties.a.buffer).toBeInstanceOf(SharedArrayBuffer);
    const before = received.ties.strength[0];
    wire.ties.strength[0] = 99;
    expect(received.ties.strength[0]).toBe(99);
    wire.ties.strength[0] = before!;
  });

  it('drops rows naming someone who was not among the people read', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    data.ties.push({ a: 'p001', b: 'ghost', strength: 3, visibility: 'public' });
    data.holdings.push(['ghost', 'kintone', 2]);
    const back = unpack(pack(data));
    expect(back.ties.some((t) => t.b === 'ghost')).toBe(false);
    expect(back.holdings.some(([p]) => p === 'ghost')).toBe(false);
    expect(back.ties).toHaveLength(data.ties.length - 1);
  });
});

describe('assets data fingerprint', () => {
  it('is equal for equal rows (so a reload keeps the version) and changes with any value', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    const same = assetsDataFromDataset(demoDataset, '2026-11-24');
    expect(fingerprint(same)).toBe(fingerprint(data));
    const changed = structuredClone(data);
    changed.ties[10]!.strength = changed.ties[10]!.strength === 5 ? 4 : 5;
    expect(fingerprint(changed)).not.toBe(fingerprint(data));
    const moved = structuredClone(data);
    moved.memberships[0]!.until = '2026-01-01';
    expect(fingerprint(moved)).not.toBe(fingerprint(data));
  });
});
