/**
 * The sectors a broker reaches, with counts (issue 16: "top 2–3 sectors with counts"): each sector
 * counts the people — the person and their warm contacts — with an organisation in it, once per
 * person however many of its organisations they belong to; hidden people count nowhere.
 */
import { describe, expect, it } from 'vitest';
import { analyseNetwork } from '../../server/features/assets/engine/analysis.ts';
import type { Snapshot } from '../../server/graph/snapshot.ts';
import { TieTable } from '../../server/graph/tie-table.ts';
import { assetsNetworkOn } from '../reference/snapshot.ts';

const snapshot: Snapshot = {
  today: '2026-01-01',
  people: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, discoverable: id !== 'e' })),
  fields: {},
  ties: TieTable.from(['b', 'c', 'd', 'e'].map((b) => ({ a: 'a', b, strength: 4, visibility: 'public' as const }))),
  projects: [],
  organisations: [
    { id: 'x', sector: 'npo' },
    { id: 'y', sector: 'company' },
    { id: 'z', sector: 'npo' },
    { id: 'w', sector: 'government' },
  ],
  memberships: [
    { personId: 'b', organisationId: 'x' },
    { personId: 'c', organisationId: 'y' },
    { personId: 'd', organisationId: 'x' },
    { personId: 'd', organisationId: 'z' },
    { personId: 'e', organisationId: 'w' },
  ],
  skills: [],
  holdings: [],
  needs: [],
};

describe('sectors a person reaches', () => {
  it('counts the person and their contacts per sector, most first, once per person', async () => {
    const analysis = await analyseNetwork(assetsNetworkOn(snapshot));
    const [a, b] = analysis.metrics(['a', 'b']);
    // a knows b, c, d (e is hidden): b and d in non-profits (d in two of them), c in a company.
    expect(a!.sectorCounts).toEqual([
      { sector: 'npo', count: 2 },
      { sector: 'company', count: 1 },
    ]);
    expect(a!.sectors).toEqual(['company', 'npo']);
    // b knows a (declared) and d (same organisation); b and d are in non-profits.
    expect(b!.sectorCounts).toEqual([{ sector: 'npo', count: 2 }]);
    expect(
      analysis.brokers.every(
        (m) =>
          m.sectorCounts
            .map((s) => s.sector)
            .sort()
            .join() === m.sectors.join(),
      ),
    ).toBe(true);
  });
});
