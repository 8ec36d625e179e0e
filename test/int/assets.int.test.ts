/**
 * Connection assets through the GraphQL API on the demo network: the figures equal the engine's
 * on the same data read straight from the demo dataset (so the Neo4j read path loses nothing),
 * hidden people never appear, a write is used at once, the network analysis runs as a job with
 * progress, and bad questions get clear errors without changing data.
 */
import { describe, expect, it } from 'vitest';
import { AssetsEngine } from '../../server/features/assets/engine/engine.ts';
import { snapshotFromDataset } from '../reference/snapshot.ts';
import { loadDemo } from '../../server/demo.ts';
import { today } from '../../server/graph/snapshot.ts';
import { DEMO_FIXTURES, demoDataset } from '../../seed/demo/index.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDemo(db);
});
const { ok, rejected } = suite;

const ORG = DEMO_FIXTURES.npoWithNeeds;
const HIDDEN = new Set<string>(DEMO_FIXTURES.hiddenPersonIds);
const ASSETS = `query($org: ID!, $hops: Int, $skills: [ID!], $date: Date) {
  organisationAssets(organisationId: $org, hops: $hops, skillIds: $skills, date: $date) {
    organisation { id } date hops members skillsInside bridgedSectors
    reach { hops people organisations skills bySector { sector organisations people } }
    coverage { skill { id } priority status hops holders routes routesCapped paths { id } singlePoints { id } }
    risks { person { id } lostPeople samplePeople { id } lostOrganisations { id } lostSkills { id } lostNeeds { id } }
  } }`;

const engine = () => new AssetsEngine(snapshotFromDataset(demoDataset, today()));
const idsIn = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/"id":"([^"]+)"/g)
    ?.map((m) => m.slice(6, -1)) ?? [];

describe('organisationAssets', () => {
  it('equals the engine on the demo dataset, needs first, and shows no hidden person', async () => {
    const { organisationAssets: a } = await ok(ASSETS, { org: ORG, hops: 2 });
    const expected = engine().organisation({ organisationId: ORG, hops: 2 });
    expect(a.organisation.id).toBe(ORG);
    expect(a.members).toBe(expected.members);
    expect(a.members).toBeGreaterThan(0);
    expect(a.reach.map((h: { people: number }) => h.people)).toEqual(expected.byHops.map((h) => h.people));
    expect(a.reach[2].people).toBeGreaterThan(a.reach[0].people);
    expect(a.reach.map((h: { organisations: number }) => h.organisations)).toEqual(
      expected.byHops.map((h) => h.organisations),
    );
    expect(a.coverage.slice(0, 3).map((c: { skill: { id: string } }) => c.skill.id)).toEqual(
      DEMO_FIXTURES.npoNeedSkills,
    );
    expect(a.coverage.map((c: { routes: number }) => c.routes)).toEqual(expected.coverage.map((c) => c.routes));
    expect(a.coverage.map((c: { status: string }) => c.status)).toEqual(
      expected.coverage.map((c) => c.status.toUpperCase()),
    );
    for (const c of a.coverage) expect(c.paths).toHaveLength(c.routes);
    expect(a.risks.map((r: { person: { id: string } }) => r.person.id)).toEqual(expected.risks.map((r) => r.personId));
    expect(idsIn(a).filter((id) => HIDDEN.has(id))).toEqual([]);
  });

  it('asks about extra skills and recomputes at a past date', async () => {
    const { organisationAssets: now } = await ok(ASSETS, { org: ORG, hops: 3, skills: ['salesforce'] });
    expect(now.coverage.at(-1)).toMatchObject({ skill: { id: 'salesforce' }, priority: null });
    const { organisationAssets: past } = await ok(ASSETS, { org: ORG, hops: 3, date: '2018-01-01' });
    expect(past.date).toBe('2018-01-01');
    const expected = engine().organisation({ organisationId: ORG, hops: 3, date: '2018-01-01' });
    expect(past.reach.map((h: { people: number }) => h.people)).toEqual(expected.byHops.map((h) => h.people));
    expect(past.reach[2].people).toBeLessThanOrEqual(now.reach[2].people);
  });

  it('lists the people behind a figure with a path from a member', async () => {
    const q = `query($org: ID!, $sector: Sector, $skill: ID) {
      assetsReachPeople(organisationId: $org, hops: 2, sector: $sector, skillId: $skill, first: 100) {
        totalCount people { person { id } hops path { id } } } }`;
    const { assetsReachPeople: all } = await ok(q, { org: ORG });
    const { organisationAssets: a } = await ok(ASSETS, { org: ORG, hops: 2 });
    expect(all.totalCount).toBe(a.reach[1].people);
    for (const p of all.people) {
      expect(p.path).toHaveLength(p.hops + 1);
      expect(p.path.at(-1).id).toBe(p.person.id);
      expect(HIDDEN.has(p.person.id)).toBe(false);
    }
    const { assetsReachPeople: company } = await ok(q, { org: ORG, sector: 'COMPANY' });
    const companySector = a.reach[1].bySector.find((s: { sector: string }) => s.sector === 'COMPANY');
    expect(company.totalCount).toBe(companySector?.people ?? 0);
  });

  it('uses a write at once', async () => {
    const { organisationAssets: before } = await ok(ASSETS, { org: ORG, hops: 1 });
    const { assetsReachPeople: two } = await ok(
      `query($org: ID!) { assetsReachPeople(organisationId: $org, hops: 2, first: 100) { people { person { id } hops path { id } } } }`,
      { org: ORG },
    );
    const far = two.people.find((p: { hops: number }) => p.hops === 2);
    const member = far.path[0].id;
    await ok(`mutation($i: TieInput!) { createTie(input: $i) { strength } }`, {
      i: { personId: member, otherPersonId: far.person.id, strength: 4, lastContact: today() },
    });
    const { organisationAssets: after } = await ok(ASSETS, { org: ORG, hops: 1 });
    expect(after.reach[0].people).toBe(before.reach[0].people + 1);
  });
});

describe('handoverPlan and trend', () => {
  it('plans introductions that restore what the top key person would take away', async () => {
    const { organisationAssets: a } = await ok(ASSETS, { org: ORG, hops: 2 });
    const key = a.risks[0];
    const { handoverPlan: plan } = await ok(
      `query($org: ID!, $p: ID!) { handoverPlan(organisationId: $org, personId: $p, hops: 2) {
        person { id } successor { id } lostPeople method ratioBound lowerBound lostNeeds { id }
        introductions { contact { id } member { id } contactStrength restoresPeople restoresNeeds { id } } } }`,
      { org: ORG, p: key.person.id },
    );
    expect(plan.lostPeople).toBe(key.lostPeople);
    const restored = plan.introductions.reduce((n: number, i: { restoresPeople: number }) => n + i.restoresPeople, 0);
    expect(restored).toBe(plan.lostPeople);
    expect(plan.introductions.length).toBeGreaterThanOrEqual(plan.lowerBound);
    if (plan.method === 'EXACT') expect(plan.ratioBound).toBe(1);
    for (const i of plan.introductions) {
      expect(i.member.id).toBe(plan.successor.id);
      expect(i.contactStrength).toBeGreaterThan(0);
    }
  });

  it('gives the figures at yearly dates, oldest first, today last', async () => {
    const { assetsTrend: points } = await ok(
      `query($org: ID!) { assetsTrend(organisationId: $org, hops: 2) { date members people organisations needs needsCovered needsFragile } }`,
      { org: ORG },
    );
    expect(points).toHaveLength(5);
    expect(points.at(-1).date).toBe(today());
    expect([...points].map((p: { date: string }) => p.date).sort()).toEqual(
      points.map((p: { date: string }) => p.date),
    );
    const { organisationAssets: a } = await ok(ASSETS, { org: ORG, hops: 2 });
    expect(points.at(-1).people).toEqual(a.reach.map((h: { people: number }) => h.people));
    expect(points.at(-1).needs).toBe(3);
  });
});

describe('network analysis job', () => {
  it('runs in the background with progress and names brokers and communities', async () => {
    const START = `mutation { startNetworkAnalysis { id state progress } }`;
    const { startNetworkAnalysis: job } = await ok(START);
    expect(['RUNNING', 'DONE']).toContain(job.state);
    const POLL = `query($id: ID) { networkAnalysis(jobId: $id) { id state progress stale error result {
      people betweennessExact errorBound modularity
      brokers(first: 10) { person { id } betweenness constraint effectiveSize community sectors sectorCounts { sector count } }
      communities(first: 5) { id size skills { skill { id } count } sectors { sector count } }
      organisationBridges(first: 3) { organisation { id } sectors crossSectorTies }
      metrics(personIds: ["p001", "p011"]) { person { id } betweenness } } } }`;
    let polled = (await ok(POLL, { id: job.id })).networkAnalysis;
    for (let i = 0; i < 100 && polled.state === 'RUNNING'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      polled = (await ok(POLL, { id: job.id })).networkAnalysis;
    }
    expect(polled.state).toBe('DONE');
    expect(polled.progress).toBe(1);
    expect(polled.stale).toBe(false);
    const r = polled.result;
    expect(r.betweennessExact).toBe(true);
    expect(r.errorBound).toBe(0);
    expect(r.people).toBe(demoDataset.people.length - HIDDEN.size);
    expect(r.modularity).toBeGreaterThan(0.2);
    expect(r.brokers[0].betweenness).toBeGreaterThanOrEqual(r.brokers[9].betweenness);
    for (const b of r.brokers as { sectors: string[]; sectorCounts: { sector: string; count: number }[] }[]) {
      // The same sectors, most people first, each counting at least the person or one contact.
      expect(b.sectorCounts.map((s) => s.sector).sort()).toEqual([...b.sectors].sort());
      const counts = b.sectorCounts.map((s) => s.count);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    }
    expect(r.communities[0].skills.length).toBeGreaterThan(0);
    expect(r.metrics.map((m: { person: { id: string } }) => m.person.id)).toEqual(['p001']);
    expect(idsIn(r).filter((id) => HIDDEN.has(id))).toEqual([]);
    expect((await ok(`query { networkAnalysis { id } }`)).networkAnalysis.id).toBe(job.id);
    expect((await ok(START)).startNetworkAnalysis.id).toBe(job.id);
  });
});

describe('bad questions', () => {
  const cases: [string, string, Record<string, unknown>, string, string][] = [
    ['hops 0', ASSETS, { org: ORG, hops: 0 }, 'BAD_USER_INPUT', 'hops: must be from 1 to 3'],
    ['hops 4', ASSETS, { org: ORG, hops: 4 }, 'BAD_USER_INPUT', 'hops: must be from 1 to 3'],
    ['unknown organisation', ASSETS, { org: 'nope' }, 'NOT_FOUND', 'organisationId: no organisation with id "nope"'],
    ['bad id', ASSETS, { org: 'a b' }, 'BAD_USER_INPUT', 'organisationId: may contain only'],
    ['future date', ASSETS, { org: ORG, date: '2099-01-01' }, 'BAD_USER_INPUT', 'date: must not be in the future'],
    ['bad date', ASSETS, { org: ORG, date: '2024-02-30' }, 'BAD_USER_INPUT', 'date:'],
    [
      'not a member',
      `query { handoverPlan(organisationId: "${ORG}", personId: "p001") { lostPeople } }`,
      {},
      'BAD_USER_INPUT',
      `personId: is not a current member of organisation "${ORG}"`,
    ],
    [
      'too many dates',
      `query($d: [Date!]) { assetsTrend(organisationId: "${ORG}", dates: $d) { date } }`,
      { d: Array(11).fill('2020-01-01') },
      'BAD_USER_INPUT',
      'dates: takes at most 10 dates',
    ],
    [
      'first 0',
      `query { assetsReachPeople(organisationId: "${ORG}", first: 0) { totalCount } }`,
      {},
      'BAD_USER_INPUT',
      'first: must be from 1 to 100',
    ],
    [
      'samples 0',
      `mutation { startNetworkAnalysis(samples: 0) { id } }`,
      {},
      'BAD_USER_INPUT',
      'samples: must be from 1 to 100000',
    ],
    [
      'unknown job',
      `query { networkAnalysis(jobId: "nope") { id } }`,
      {},
      'NOT_FOUND',
      'jobId: no network analysis with id "nope"',
    ],
  ];
  it.each(cases)('%s', async (_name, query, variables, code, message) => {
    const error = await rejected(query, variables);
    expect(error.extensions?.code).toBe(code);
    expect(error.message).toContain(message);
  });
});
