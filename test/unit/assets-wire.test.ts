/**
 * The rows cross to the worker threads as typed arrays on SharedArrayBuffer: after a real
 * structured clone, unpacking gives back exactly the rows that were packed, and the clone shares
 * the packed memory instead of copying it (one copy per process, however many workers). A reload
 * with equal rows keeps its version, which rests on the fingerprint telling equal rows from
 * changed ones.
 */
import { describe, expect, it } from 'vitest';
import { snapshotFromDataset as assetsDataFromDataset } from '../reference/snapshot.ts';
import { fingerprint, type Snapshot } from '../../server/graph/snapshot.ts';
import { compileNetwork } from '../../server/graph/network.ts';
import { TieTable } from '../../server/graph/tie-table.ts';
import { pack, unpack } from '../../server/graph/share.ts';
import { demoDataset } from '../../seed/demo/index.ts';

const rowsOf = (data: Snapshot) => ({ ...data, ties: [...data.ties] });

describe('assets wire format', () => {
  it('round-trips the demo rows through a structured clone', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    const expected = structuredClone(rowsOf(data));
    const wire = pack(data);
    expect(pack(data)).toBe(wire); // packed once per snapshot
    const received = structuredClone(wire);
    expect(rowsOf(unpack(received))).toEqual(expected);
    // Shared, not copied: a write through the original is seen through the clone.
    expect(received.ties.columns.a.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(received.holdings.person.buffer).toBeInstanceOf(SharedArrayBuffer);
    const before = received.ties.columns.strength[0];
    data.ties.columns.strength[0] = 99;
    expect(received.ties.columns.strength[0]).toBe(99);
    data.ties.columns.strength[0] = before!;
  });

  it('leaves out rows naming someone who was not among the people read', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    const ghostly = {
      ...data,
      ties: TieTable.from([...data.ties, { a: 'p001', b: 'ghost', strength: 3, visibility: 'public' }]),
      holdings: [...data.holdings, ['ghost', 'kintone', 2] as [string, string, number]],
    };
    const back = unpack(pack(ghostly));
    expect(back.holdings).toEqual(data.holdings);
    // The tie stays a row; no network has a place for it.
    expect(compileNetwork(back).graph.neighbours).toEqual(compileNetwork(data).graph.neighbours);
  });
});

describe('assets data fingerprint', () => {
  it('is equal for equal rows (so a reload keeps the version) and changes with any value', () => {
    const data = assetsDataFromDataset(demoDataset, '2026-11-24');
    const same = assetsDataFromDataset(demoDataset, '2026-11-24');
    expect(fingerprint(same)).toBe(fingerprint(data));
    const rows = [...data.ties];
    rows[10] = { ...rows[10]!, strength: rows[10]!.strength === 5 ? 4 : 5 };
    expect(fingerprint({ ...data, ties: TieTable.from(rows) })).not.toBe(fingerprint(data));
    const moved = structuredClone(rowsOf(data));
    moved.memberships[0]!.until = '2026-01-01';
    expect(fingerprint({ ...moved, ties: data.ties })).not.toBe(fingerprint(data));
  });
});
