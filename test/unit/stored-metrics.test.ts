/**
 * A finished analysis keeps every person's metrics as the JSON text of its record and parses one
 * person's object when asked: whatever the ids and sector names hold (quotes, backslashes, the key
 * itself inside a string), each lookup gives back exactly the object that was stored.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StoredMetrics } from '../../server/features/assets/jobs.ts';
import type { PersonMetrics } from '../../server/features/assets/engine/analysis.ts';

const awkward = fc.oneof(
  fc.string(),
  fc.constantFrom('{"personId":"x"}', '\\', '"', '",', '},{"personId":', 'ü', '東京'),
);
const metric = (personId: string) =>
  fc.record({
    personId: fc.constant(personId),
    betweenness: fc.double({ min: 0, max: 1, noNaN: true }),
    constraint: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: null }),
    effectiveSize: fc.option(fc.double({ min: 0, max: 50, noNaN: true }), { nil: null }),
    community: fc.nat(),
    sectors: fc.array(awkward, { maxLength: 3 }),
    sectorCounts: fc.array(fc.record({ sector: awkward, count: fc.nat() }), { maxLength: 3 }),
  }) satisfies fc.Arbitrary<PersonMetrics>;

describe('stored analysis metrics', () => {
  it('finds each person’s object in the stored text, and nobody else', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(awkward, { maxLength: 12 }).chain((ids) => fc.tuple(...ids.map(metric))),
        fc.string(),
        (metrics: PersonMetrics[], stranger) => {
          const stored = new StoredMetrics(JSON.stringify(metrics));
          for (const m of metrics) expect(stored.get(m.personId)).toEqual(m);
          if (!metrics.some((m) => m.personId === stranger)) expect(stored.get(stranger)).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds nothing for an empty record', () => {
    expect(new StoredMetrics('[]').get('p1')).toBeUndefined();
  });
});
