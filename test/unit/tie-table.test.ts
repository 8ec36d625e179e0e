/**
 * The snapshot's ties as columns (tie-table.ts): a table gives back exactly the rows it was made
 * from, whether built at once, row by row (the full load) or by replacing rows (a write), and a
 * table made by a write shares the dictionary, so its person numbers agree with the old table's.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dictionary, TieTable, TieTableBuilder } from '../../server/graph/tie-table.ts';
import type { TieRow } from '../../server/graph/snapshot.ts';

const id = fc.constantFrom('p1', 'p2', 'p3', 'p4', '2020-01-01', '東京');
const tie: fc.Arbitrary<TieRow> = fc
  .record({
    a: id,
    b: id,
    strength: fc.integer({ min: 1, max: 5 }),
    visibility: fc.constantFrom('public', 'organisation', 'private'),
    lastContact: fc.option(fc.constantFrom('2020-01-01', '2025-06-30'), { nil: undefined }),
    context: fc.option(fc.string({ maxLength: 6 }), { nil: undefined }),
  })
  .map(({ lastContact, context, ...t }) => ({
    ...t,
    ...(lastContact === undefined ? {} : { lastContact }),
    ...(context === undefined ? {} : { context }),
  }));

describe('tie table', () => {
  it('gives back its rows, built at once or row by row', () => {
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 3000 }), (rows) => {
        const table = TieTable.from(rows);
        expect(table.length).toBe(rows.length);
        expect([...table]).toEqual(rows);
        const builder = new TieTableBuilder();
        for (const row of rows) builder.push(row);
        expect([...builder.done()]).toEqual(rows);
        rows.forEach((row, i) => {
          expect(table.isPublic(i)).toBe(row.visibility === 'public');
          expect([table.a(i), table.b(i), table.lastContact(i)]).toEqual([row.a, row.b, row.lastContact]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('replaces rows as an array would, keeping the dictionary', () => {
    fc.assert(
      fc.property(
        fc.array(tie, { maxLength: 200 }),
        fc.array(tie, { maxLength: 5 }),
        fc.array(fc.nat()),
        (rows, added, picks) => {
          const table = TieTable.from(rows);
          const mine = Int32Array.from(new Set(picks.filter((i) => i < rows.length))).sort();
          const next = table.replaced(mine, added);
          const gone = new Set(mine);
          expect([...next]).toEqual([...rows.filter((_, i) => !gone.has(i)), ...added]);
          expect(next.dictionary).toBe(table.dictionary);
          expect([...table]).toEqual(rows); // the old table is unchanged
          for (let i = 0; i < next.length; i++) expect(next.columns.a[i]).toBe(table.dictionary.find(next.a(i)));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('numbers strings once and for good, also when rebuilt from its strings', () => {
    const d = new Dictionary();
    expect([d.code('x'), d.code('y'), d.code('x')]).toEqual([0, 1, 0]);
    const copy = Dictionary.of(d.values);
    expect([copy.find('y'), copy.find('z'), copy.code('z')]).toEqual([1, -1, 2]);
    expect(d.find('z')).toBe(-1);
  });

  it('refuses a visibility it does not know', () => {
    expect(() => TieTable.from([{ a: 'p1', b: 'p2', strength: 3, visibility: 'secret' as never }])).toThrow(
      /unknown visibility "secret"/,
    );
  });
});
