/**
 * Team composer and STO–NPO matching on the demo network through the GraphQL API: teams are valid
 * and fully explained, expert costs agree with the introductions engine, availability, exclusions
 * and load spreading are respected, matching respects capacities, and bad input is refused with
 * nothing changed.
 */
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { DEMO_FIXTURES } from '../../seed/demo/index.ts';
import { TEAM_FIXTURES } from '../../seed/demo/team-fields.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDemo(db);
});
const { ok, rejected } = suite;

const MATCH = 'skill { id } heldSkill { id } level';
const TEAMS = `query($org: ID!, $skills: [RequiredSkillInput!]!, $core: [ID!], $maxExperts: Int, $k: Int,
  $exclude: [ID!], $cohesionWeight: Float, $maxHops: Int, $minHours: Int) {
  proposeTeams(organisationId: $org, requiredSkills: $skills, core: $core, maxExperts: $maxExperts, k: $k,
    excludePeople: $exclude, cohesionWeight: $cohesionWeight, maxHops: $maxHops, minHoursPerMonth: $minHours) {
    organisation { id } core { id } requiredSkills { skill { id } minLevel weight } unreachable { skill { id } }
    cohesionWeight maxHops
    teams { rank introductionCost cohesion objective
      coreCoverage { person { id } covers { ${MATCH} } }
      uncovered { reason skill { skill { id } } }
      experts { person { id takingRequests hoursPerMonth } cost hoursPerMonth teamsInAnswer covers { ${MATCH} }
        introduction { score people { id } hops { strength } } } } } }`;

interface Team {
  rank: number;
  introductionCost: number;
  cohesion: number;
  objective: number;
  coreCoverage: { person: { id: string }; covers: { skill: { id: string }; level: number } }[];
  uncovered: { reason: string; skill: { skill: { id: string } } }[];
  experts: {
    person: { id: string; takingRequests: boolean };
    cost: number;
    teamsInAnswer: number;
    covers: { skill: { id: string }; heldSkill: { id: string }; level: number }[];
    introduction: { score: number; people: { id: string }[]; hops: { strength: number }[] };
  }[];
}

const NEEDS = DEMO_FIXTURES.npoNeedSkills.map((skillId) => ({ skillId, minLevel: 3 }));

async function propose(variables: Record<string, unknown>) {
  const data = await ok(TEAMS, { org: DEMO_FIXTURES.npoWithNeeds, skills: NEEDS, ...variables });
  return data.proposeTeams as { core: { id: string }[]; teams: Team[]; unreachable: { skill: { id: string } }[] };
}

/** Every required skill is covered by the core, by an expert, or stated as uncovered — exactly once. */
function expectComplete(team: Team, skills: string[], core: string[]) {
  const covered = [
    ...team.coreCoverage.map((c) => c.covers.skill.id),
    ...team.experts.flatMap((e) => e.covers.map((c) => c.skill.id)),
    ...team.uncovered.map((u) => u.skill.skill.id),
  ];
  expect(covered.sort()).toEqual([...skills].sort());
  for (const c of team.coreCoverage) expect(core).toContain(c.person.id);
  let total = 0;
  for (const e of team.experts) {
    expect(core).not.toContain(e.person.id);
    expect(e.person.takingRequests).toBe(true);
    const path = e.introduction;
    expect(core).toContain(path.people[0]!.id);
    expect(path.people.at(-1)!.id).toBe(e.person.id);
    // The cost is −ln(score), and the score is recomputable from the hops: Π s × e^(−α·hops).
    expect(e.cost).toBeCloseTo(-Math.log(path.score), 9);
    const product = path.hops.reduce((p, h) => p * h.strength, 1) * Math.exp(-0.5 * path.hops.length);
    expect(path.score).toBeCloseTo(product, 12);
    for (const c of e.covers) expect(c.level).toBeGreaterThanOrEqual(3);
    total += e.cost;
  }
  expect(team.introductionCost).toBeCloseTo(total, 9);
}

describe('proposeTeams', () => {
  it('proposes k distinct, complete, explained teams from the organisation’s members', async () => {
    const answer = await propose({ k: 3 });
    expect(answer.core.map((p) => p.id)).toContain('p005');
    expect(answer.teams).toHaveLength(3);
    const core = answer.core.map((p) => p.id);
    for (const team of answer.teams) expectComplete(team, DEMO_FIXTURES.npoNeedSkills as unknown as string[], core);
    // Ranked by coverage, then objective.
    for (let i = 1; i < answer.teams.length; i++)
      expect(answer.teams[i]!.objective).toBeGreaterThanOrEqual(answer.teams[i - 1]!.objective - 1e-9);
    const sets = answer.teams.map((t) =>
      t.experts
        .map((e) => e.person.id)
        .sort()
        .join(),
    );
    expect(new Set(sets).size).toBe(3);
  });

  it('costs each expert exactly as the introductions engine does (its best path from the organisation)', async () => {
    const [team] = (await propose({ k: 1 })).teams;
    for (const e of team!.experts) {
      const data = await ok(
        `query($org: ID!, $to: ID!) { introductions(from: { organisationId: $org }, to: { personId: $to }, k: 1, maxHops: 4) { paths { score } } }`,
        { org: DEMO_FIXTURES.npoWithNeeds, to: e.person.id },
      );
      expect(e.introduction.score).toBeCloseTo(data.introductions.paths[0].score, 12);
    }
  });

  it('covers a skill with its nearest holder when one expert per skill is all that is allowed (core as leader)', async () => {
    // One required skill: the best team is exactly the cheapest holder reachable from the core.
    const answer = await propose({ skills: [{ skillId: 'grant-writing', minLevel: 3 }], core: ['p062'], k: 1 });
    const [team] = answer.teams;
    if (team!.coreCoverage.length === 0) {
      const chosen = team!.experts[0]!;
      const data = await ok(
        `{ introductions(from: { personId: "p062" }, to: { skillId: "grant-writing", minLevel: 3 }, k: 20, maxHops: 4) { candidates { person { id } paths { score } } } }`,
      );
      const best = Math.max(
        ...data.introductions.candidates.map((c: { paths: { score: number }[] }) => c.paths[0]!.score),
      );
      expect(chosen.introduction.score).toBeCloseTo(best, 12);
    }
  });

  it('never proposes people who are excluded, hidden or not taking requests, and states unreachable skills', async () => {
    const first = await propose({ k: 1 });
    const someone = first.teams[0]!.experts[0]!.person.id;
    const answer = await propose({ k: 3, exclude: [someone], skills: [...NEEDS, { skillId: 'civicrm' }] });
    const everyone = answer.teams.flatMap((t) => t.experts.flatMap((e) => e.introduction.people.map((p) => p.id)));
    expect(everyone).not.toContain(someone);
    expect(everyone).not.toContain(TEAM_FIXTURES.notTakingRequests);
    for (const hidden of DEMO_FIXTURES.hiddenPersonIds) expect(everyone).not.toContain(hidden);
    expect(answer.unreachable.map((s) => s.skill.id)).toEqual(['civicrm']);
    for (const team of answer.teams) {
      expect(team.uncovered).toContainEqual({ reason: 'NO_REACHABLE_HOLDER', skill: { skill: { id: 'civicrm' } } });
    }
  });

  it('spreads load: with k = 2 no expert is in both teams unless they are the only reachable holder', async () => {
    const answer = await propose({ k: 2 });
    const [a, b] = answer.teams;
    const shared = a!.experts.filter((e) => b!.experts.some((x) => x.person.id === e.person.id));
    for (const e of shared) {
      // labour-law has a single holder in the demo (p119).
      expect(e.covers.map((c) => c.skill.id)).toContain('labour-law');
      expect(e.teamsInAnswer).toBe(2);
    }
  });

  it('respects maxExperts and says which skills it left out', async () => {
    const answer = await propose({ maxExperts: 1, core: ['p062'], k: 1 });
    const [team] = answer.teams;
    expect(team!.experts.length).toBeLessThanOrEqual(1);
    expectComplete(team!, DEMO_FIXTURES.npoNeedSkills as unknown as string[], ['p062']);
    expect(team!.uncovered.some((u) => u.reason === 'MAX_EXPERTS')).toBe(true);
  });

  it('uses a new availability at once: someone who stops taking requests drops out', async () => {
    const [team] = (await propose({ k: 1 })).teams;
    const expert = team!.experts[0]!.person.id;
    await ok(`mutation($id: ID!) { updatePerson(id: $id, patch: { takingRequests: false }) { id } }`, { id: expert });
    try {
      const after = await propose({ k: 3 });
      expect(after.teams.flatMap((t) => t.experts.map((e) => e.person.id))).not.toContain(expert);
    } finally {
      await ok(`mutation($id: ID!) { updatePerson(id: $id, patch: { takingRequests: true }) { id } }`, { id: expert });
    }
  });

  it.each([
    [{ org: 'nope' }, 'NOT_FOUND', 'organisationId'],
    [{ skills: [{ skillId: 'nope' }] }, 'NOT_FOUND', 'requiredSkills.0.skillId'],
    [{ skills: [] }, 'BAD_USER_INPUT', 'requiredSkills'],
    [{ skills: [{ skillId: 'kintone' }, { skillId: 'kintone' }] }, 'BAD_USER_INPUT', 'requiredSkills.1.skillId'],
    [{ skills: [{ skillId: 'kintone', minLevel: 6 }] }, 'BAD_USER_INPUT', 'requiredSkills.0.minLevel'],
    [{ skills: [{ skillId: 'kintone', weight: 0 }] }, 'BAD_USER_INPUT', 'requiredSkills.0.weight'],
    [{ k: 0 }, 'BAD_USER_INPUT', 'k'],
    [{ maxExperts: 11 }, 'BAD_USER_INPUT', 'maxExperts'],
    [{ cohesionWeight: -1 }, 'BAD_USER_INPUT', 'cohesionWeight'],
    [{ maxHops: 7 }, 'BAD_USER_INPUT', 'maxHops'],
    [{ minHours: -1 }, 'BAD_USER_INPUT', 'minHoursPerMonth'],
    [{ core: [] }, 'BAD_USER_INPUT', 'core'],
    [{ core: ['p062'], exclude: ['p062'] }, 'BAD_USER_INPUT', 'core.0'],
    [{ core: [DEMO_FIXTURES.hiddenPersonIds[0]] }, 'NOT_FOUND', 'core.0'],
    [{ exclude: ['has space'] }, 'BAD_USER_INPUT', 'excludePeople.0'],
  ])('refuses %j with %s on %s', async (variables, code, field) => {
    const error = await rejected(TEAMS, { org: DEMO_FIXTURES.npoWithNeeds, skills: NEEDS, ...variables });
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('refuses a core that would be empty', async () => {
    const created = await ok(`mutation { createOrganisation(input: { name: "空の団体", sector: NPO }) { id } }`);
    const error = await rejected(TEAMS, { org: created.createOrganisation.id, skills: NEEDS });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'core' });
    await ok(`mutation($id: ID!) { deleteOrganisation(id: $id) { id } }`, { id: created.createOrganisation.id });
  });
});

const MATCHING = `query($orgs: [ID!], $stos: [ID!], $candidates: Boolean, $minLevel: Int, $hours: Int,
  $keep: Boolean, $locked: [StoPairInput!], $forbidden: [StoPairInput!]) {
  stoMatching(organisationIds: $orgs, stoIds: $stos, includeCandidates: $candidates, minLevel: $minLevel,
    hoursPerOrganisation: $hours, keepCurrent: $keep, locked: $locked, forbidden: $forbidden) {
    coverage closeness minLevel hoursPerOrganisation keepCurrent coverageKeepingCurrent
    stos { sto { id stoRole stoCapacity hoursPerMonth } capacity hoursAvailable limit assigned hoursAssigned overCapacity }
    unmatched { organisation { id } capacityExhausted }
    changes { organisation { id } from { id } to { id } fromCoverage toCoverage reason }
    matches { status sto { id } organisation { id } coverage closeness currentRole
      coveredNeeds { priority match { skill { id } heldSkill { id } level } }
      introduction { score people { id } } } } }`;

interface Load {
  sto: { id: string; stoCapacity: number; hoursPerMonth: number | null };
  capacity: number;
  hoursAvailable: number | null;
  limit: number;
  assigned: number;
  hoursAssigned: number;
  overCapacity: boolean;
}
interface Match {
  status: 'CURRENT' | 'LOCKED' | 'PROPOSED';
  sto: { id: string };
  organisation: { id: string };
  coverage: number;
  closeness: number;
  currentRole: string | null;
  coveredNeeds: { priority: number; match: { level: number } }[];
  introduction: { score: number; people: { id: string }[] } | null;
}
interface Change {
  organisation: { id: string };
  from: { id: string };
  to: { id: string } | null;
  fromCoverage: number;
  toCoverage: number;
  reason: string;
}
interface Matching {
  coverage: number;
  coverageKeepingCurrent: number | null;
  hoursPerOrganisation: number;
  keepCurrent: boolean;
  stos: Load[];
  unmatched: { organisation: { id: string }; capacityExhausted: boolean }[];
  changes: Change[];
  matches: Match[];
}

async function matching(variables: Record<string, unknown> = {}): Promise<Matching> {
  return (await ok(MATCHING, variables)).stoMatching as Matching;
}

/** The demo's STOs serve these organisations today (seed/demo/key-people-leaders.ts, role「STO」). */
const TODAY: Record<string, string[]> = {
  p003: ['o01', 'o06', 'o11'],
  p004: ['o02', 'o05', 'o12', 'o13'],
  p005: ['o03', 'o07', 'o10'],
  p006: ['o04', 'o08', 'o09'],
};
const pairsOf = (m: Matching, status?: Match['status']) =>
  m.matches
    .filter((x) => status === undefined || x.status === status)
    .map((x) => `${x.sto.id}:${x.organisation.id}`)
    .sort();
const todayPairs = Object.entries(TODAY)
  .flatMap(([sto, orgs]) => orgs.map((o) => `${sto}:${o}`))
  .sort();

/** What every answer must satisfy, whatever the rules. */
function expectValid(m: Matching) {
  for (const s of m.stos) {
    const mine = m.matches.filter((x) => x.sto.id === s.sto.id);
    expect(mine).toHaveLength(s.assigned);
    expect(s.capacity).toBe(s.sto.stoCapacity);
    expect(s.hoursAvailable).toBe(s.sto.hoursPerMonth);
    const byHours = s.hoursAvailable === null ? Infinity : Math.floor(s.hoursAvailable / m.hoursPerOrganisation);
    expect(s.limit).toBe(Math.min(s.capacity, byHours));
    expect(s.hoursAssigned).toBe(s.assigned * m.hoursPerOrganisation);
    expect(s.overCapacity).toBe(s.assigned > s.limit);
    // Proposals never take an STO past its limit; only kept or locked pairs can.
    const fixed = mine.filter((x) => x.status !== 'PROPOSED').length;
    expect(s.assigned).toBeLessThanOrEqual(Math.max(fixed, s.limit));
  }
  const proposedOrgs = m.matches.filter((x) => x.status === 'PROPOSED').map((x) => x.organisation.id);
  const fixedOrgs = new Set(m.matches.filter((x) => x.status !== 'PROPOSED').map((x) => x.organisation.id));
  expect(new Set(proposedOrgs).size).toBe(proposedOrgs.length);
  for (const o of proposedOrgs) expect(fixedOrgs.has(o)).toBe(false);
  let total = 0;
  for (const x of m.matches) {
    expect(x.coverage).toBe(x.coveredNeeds.reduce((s, n) => s + n.priority, 0));
    if (x.status === 'PROPOSED') expect(x.coverage).toBeGreaterThan(0);
    for (const n of x.coveredNeeds) expect(n.match.level).toBeGreaterThanOrEqual(3);
    if (x.currentRole) expect(x.closeness).toBe(1);
    else if (x.introduction) {
      expect(x.closeness).toBeCloseTo(x.introduction.score, 12);
      expect(x.introduction.people[0]!.id).toBe(x.sto.id);
    }
    total += x.coverage;
  }
  expect(m.coverage).toBe(total);
}

describe('stoMatching', () => {
  it('keeps every current assignment by default, and proposes only within capacity and hours', async () => {
    const m = await matching();
    expectValid(m);
    expect(m.keepCurrent).toBe(true);
    expect(m.hoursPerOrganisation).toBe(4);
    expect(m.coverageKeepingCurrent).toBeNull();
    expect(m.changes).toEqual([]);
    expect(pairsOf(m, 'CURRENT')).toEqual(todayPairs);
    for (const x of m.matches.filter((y) => y.status === 'CURRENT')) expect(x.currentRole).toBe('STO');
    const stoIds = m.stos.map((s) => s.sto.id);
    expect(stoIds).toEqual(
      expect.arrayContaining([...DEMO_FIXTURES.stoIds, ...Object.keys(TEAM_FIXTURES.stoCandidates)]),
    );
    const load = (id: string) => m.stos.find((s) => s.sto.id === id)!;
    expect(load('p004')).toMatchObject({ capacity: 4, hoursAvailable: 16, limit: 4, assigned: 4, overCapacity: false });
    // 10 hours a month at 4 hours an organisation is two organisations; p005 serves three today.
    expect(load('p005')).toMatchObject({ limit: 2, assigned: 3, hoursAssigned: 12, overCapacity: true });
    // 6 hours a month: one organisation, whatever the recorded capacity of 3.
    expect(load('p099').limit).toBe(1);
    expect(load('p099').assigned).toBeLessThanOrEqual(1);
    // Optimality, checked from outside: an unmatched organisation some STO could help means every such STO is full.
    for (const u of m.unmatched.filter((x) => x.capacityExhausted)) {
      const one = await matching({ orgs: [u.organisation.id] });
      for (const x of one.matches.filter((y) => y.status === 'PROPOSED' && y.organisation.id === u.organisation.id))
        expect(load(x.sto.id).assigned).toBeGreaterThanOrEqual(load(x.sto.id).limit);
    }
  });

  it('with changes allowed, covers at least as much and says what would move and why', async () => {
    const kept = await matching();
    const m = await matching({ keep: false });
    expectValid(m);
    expect(m.keepCurrent).toBe(false);
    expect(m.coverageKeepingCurrent).toBe(kept.coverage);
    expect(m.coverage).toBeGreaterThanOrEqual(kept.coverage);
    const proposed = new Set(pairsOf(m));
    const ended = todayPairs.filter((p) => !proposed.has(p));
    // Every current pair the proposal does not keep is a change, and nothing else is.
    expect(m.changes.map((c) => `${c.from.id}:${c.organisation.id}`).sort()).toEqual(ended);
    for (const c of m.changes) {
      const to = m.matches.find((x) => x.organisation.id === c.organisation.id && x.status === 'PROPOSED');
      expect(c.to?.id ?? null).toBe(to?.sto.id ?? null);
      expect(c.toCoverage).toBe(to?.coverage ?? 0);
      if (c.reason === 'MORE_NEEDS') expect(c.toCoverage).toBeGreaterThan(c.fromCoverage);
      if (c.reason === 'NO_NEED_COVERED') expect(c.fromCoverage).toBe(0);
      if (c.reason === 'OVER_CAPACITY') expect(TODAY[c.from.id]!.length).toBeGreaterThan(load(m, c.from.id).limit);
    }
    // p005 serves three organisations on hours for two: one of them moves or ends.
    expect(m.changes.some((c) => c.from.id === 'p005')).toBe(true);
    expect(load(m, 'p005').assigned).toBeLessThanOrEqual(2);
  });

  it('keeps a locked pair, avoids a forbidden one, and a forbidden current pair is a change', async () => {
    const m = await matching({
      locked: [{ stoId: 'p099', organisationId: 'o02' }],
      forbidden: [{ stoId: 'p003', organisationId: 'o01' }],
    });
    expectValid(m);
    expect(m.matches.find((x) => x.organisation.id === 'o02')).toMatchObject({ status: 'LOCKED', sto: { id: 'p099' } });
    expect(pairsOf(m)).not.toContain('p003:o01');
    expect(pairsOf(m)).not.toContain('p004:o02');
    const reasons = Object.fromEntries(m.changes.map((c) => [`${c.from.id}:${c.organisation.id}`, c.reason]));
    expect(reasons).toEqual({ 'p003:o01': 'FORBIDDEN', 'p004:o02': 'OTHER_LOCKED' });
    // p099 can take one organisation (6 h at 4 h each): the locked one, so nothing more is proposed.
    expect(m.matches.filter((x) => x.sto.id === 'p099')).toHaveLength(1);
  });

  it('takes hours per organisation into account', async () => {
    const m = await matching({ hours: 8, keep: false });
    expectValid(m);
    expect(load(m, 'p004').limit).toBe(2);
    expect(load(m, 'p004').assigned).toBeLessThanOrEqual(2);
    expect(m.changes.filter((c) => c.from.id === 'p004').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps to the STOs asked for, and without candidates only STOs', async () => {
    const only = await matching({ stos: ['p003'] });
    expect(only.stos.map((s) => s.sto.id)).toEqual(['p003']);
    expect(pairsOf(only, 'CURRENT')).toEqual(['p003:o01', 'p003:o06', 'p003:o11']);
    expect(only.matches.length).toBeLessThanOrEqual(3);
    const stos = await ok(MATCHING, { candidates: false });
    expect(stos.stoMatching.stos.every((s: { sto: { stoRole: string } }) => s.sto.stoRole === 'STO')).toBe(true);
  });

  it.each([
    [{ stos: ['p001'] }, 'BAD_USER_INPUT', 'stoIds.0'],
    [{ stos: ['nobody'] }, 'NOT_FOUND', 'stoIds.0'],
    [{ orgs: ['nope'] }, 'NOT_FOUND', 'organisationIds.0'],
    [{ orgs: [] }, 'BAD_USER_INPUT', 'organisationIds'],
    [{ minLevel: 0 }, 'BAD_USER_INPUT', 'minLevel'],
    [{ hours: 0 }, 'BAD_USER_INPUT', 'hoursPerOrganisation'],
    [{ hours: 161 }, 'BAD_USER_INPUT', 'hoursPerOrganisation'],
    [{ locked: [{ stoId: 'p001', organisationId: 'o01' }] }, 'BAD_USER_INPUT', 'locked.0.stoId'],
    [{ locked: [{ stoId: 'p003', organisationId: 'nope' }] }, 'NOT_FOUND', 'locked.0.organisationId'],
    [{ stos: ['p003'], locked: [{ stoId: 'p004', organisationId: 'o01' }] }, 'BAD_USER_INPUT', 'locked.0.stoId'],
    [
      {
        locked: [
          { stoId: 'p003', organisationId: 'o01' },
          { stoId: 'p004', organisationId: 'o01' },
        ],
      },
      'BAD_USER_INPUT',
      'locked.1.organisationId',
    ],
    [
      { locked: [{ stoId: 'p003', organisationId: 'o02' }], forbidden: [{ stoId: 'p003', organisationId: 'o02' }] },
      'BAD_USER_INPUT',
      'forbidden.0',
    ],
    [{ forbidden: [{ stoId: 'ghost', organisationId: 'o01' }] }, 'NOT_FOUND', 'forbidden.0.stoId'],
  ])('refuses %j with %s on %s', async (variables, code, field) => {
    const error = await rejected(MATCHING, variables);
    expect(error.extensions).toMatchObject({ code, field });
  });
});

const load = (m: Matching, id: string) => m.stos.find((s) => s.sto.id === id)!;

describe('person availability and STO fields', () => {
  it('stores, returns and validates them', async () => {
    const created = await ok(
      `mutation { createPerson(input: { name: "試験 太郎", hoursPerMonth: 10, stoRole: STO_CANDIDATE }) { id hoursPerMonth takingRequests stoRole stoCapacity } }`,
    );
    expect(created.createPerson).toMatchObject({
      hoursPerMonth: 10,
      takingRequests: true,
      stoRole: 'STO_CANDIDATE',
      stoCapacity: 3,
    });
    const id = created.createPerson.id;
    const updated = await ok(
      `mutation($id: ID!) { updatePerson(id: $id, patch: { stoCapacity: 4, takingRequests: false }) { stoCapacity takingRequests } }`,
      { id },
    );
    expect(updated.updatePerson).toEqual({ stoCapacity: 4, takingRequests: false });
    const bad = [
      [`{ hoursPerMonth: 301 }`, 'patch.hoursPerMonth'],
      [`{ stoCapacity: 9 }`, 'patch.stoCapacity'],
      [`{ stoRole: null }`, 'patch.stoCapacity'],
    ] as const;
    for (const [patch, field] of bad) {
      const error = await rejected(`mutation($id: ID!) { updatePerson(id: $id, patch: ${patch}) { id } }`, { id });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const noRole = await rejected(`mutation { createPerson(input: { name: "試験 花子", stoCapacity: 2 }) { id } }`);
    expect(noRole.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stoCapacity' });
    await ok(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id });
  });
});
