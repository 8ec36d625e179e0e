/**
 * Random dated snapshots for property tests (one-network.test.ts, sight.test.ts): people, some
 * hidden; ties, projects and memberships with optional dates around the rule's edges.
 */
import fc from 'fast-check';
import type { Snapshot, TieRow } from '../../server/graph/snapshot.ts';
import { TieTable } from '../../server/graph/tie-table.ts';

const DATES = ['2019-06-01', '2021-01-01', '2023-03-15', '2025-01-01', '2026-06-30'];
export const pid = (i: number) => `p${String(i).padStart(2, '0')}`;

/** Random dated snapshots of n people; `restricted`: ties may be ORGANISATION or PRIVATE too. */
export const snapshotArb = (n: number, restricted = false) => {
  const person = fc.integer({ min: 0, max: n - 1 }).map(pid);
  const date = fc.option(fc.constantFrom(...DATES), { nil: undefined });
  const opt = <K extends string>(key: K, value: string | undefined) => (value === undefined ? {} : { [key]: value });
  return fc
    .record({
      hidden: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      ties: fc.array(
        fc.record({
          a: person,
          b: person,
          strength: fc.integer({ min: 1, max: 5 }),
          lastContact: date,
          context: fc.option(fc.constantFrom('理事会', 'PTA', 'hackathon'), { nil: undefined }),
          visibility: restricted
            ? fc.constantFrom<TieRow['visibility']>('public', 'public', 'organisation', 'private')
            : fc.constant<TieRow['visibility']>('public'),
        }),
        { maxLength: 2 * n },
      ),
      projects: fc.array(
        fc.record({ start: date, end: date, people: fc.uniqueArray(person, { minLength: 1, maxLength: 4 }) }),
        {
          maxLength: 3,
        },
      ),
      memberships: fc.array(fc.record({ person, org: fc.integer({ min: 0, max: 2 }), since: date, until: date }), {
        maxLength: n + 3,
      }),
    })
    .map((raw): Snapshot => ({
      today: '2026-12-04',
      people: Array.from({ length: n }, (_, i) => ({ id: pid(i), discoverable: !(raw.hidden[i] && i % 3 === 0) })),
      fields: {},
      ties: TieTable.from(
        raw.ties
          .filter((t) => t.a !== t.b)
          .map((t) => ({
            a: t.a,
            b: t.b,
            strength: t.strength,
            visibility: t.visibility,
            ...opt('lastContact', t.lastContact),
            ...opt('context', t.context),
          })),
      ),
      projects: raw.projects.map((p, i) => ({
        id: `j${i}`,
        participants: p.people,
        ...opt('start', p.start),
        ...opt('end', p.end),
      })),
      organisations: [0, 1, 2].map((o) => ({ id: `o${o}`, sector: o === 0 ? 'npo' : 'company' })),
      memberships: raw.memberships.map((m) => ({
        personId: m.person,
        organisationId: `o${m.org}`,
        ...opt('since', m.since),
        ...opt('until', m.until),
      })),
      skills: [],
      holdings: [],
      needs: [],
    }));
};
