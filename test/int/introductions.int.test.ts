/**
 * Introductions on the demo network through the GraphQL API: answers are well-formed, explained
 * (scores recomputable from the explanation), private and hidden data never used, fresh after a
 * write, and bad questions get clear errors.
 */
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { today } from '../../server/graph/snapshot.ts';
import { bruteBestPathsToPerson, bruteBestTargets } from '../reference/introductions-brute-force.ts';
import { DEFAULT_CONFIG } from '../../server/graph/config.ts';
import { inputFromDataset } from '../reference/introductions-input.ts';
import { DEMO_FIXTURES, demoDataset } from '../../seed/demo/index.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDemo(db);
});
const { ok, rejected } = suite;

const PATH = `score hopFactor people { id } hops { from { id } to { id } strength
  evidence { kind strength tieStrength lastContact context contextEn project { id } projectEnd organisation { id } size
    participations { person { id } role } memberships { person { id } role since } } }`;
const QUERY = `query($from: IntroductionFrom!, $to: IntroductionTo!, $k: Int, $maxHops: Int, $exclude: [ID!]) {
  introductions(from: $from, to: $to, k: $k, maxHops: $maxHops, exclude: $exclude) {
    reach maxHops paths { ${PATH} }
    candidates { score person { id } reason { skill { id } level organisation { id } role } paths { ${PATH} } } } }`;

interface Hop {
  from: { id: string };
  to: { id: string };
  strength: number;
  evidence: (Evidence & { strength: number })[];
}
interface Path {
  score: number;
  hopFactor: number;
  people: { id: string }[];
  hops: Hop[];
}

interface Evidence {
  kind: string;
  context: string | null;
  contextEn: string | null;
  participations: { person: { id: string }; role: string | null }[];
  memberships: { person: { id: string }; role: string | null }[];
  project: { id: string } | null;
  organisation: { id: string } | null;
}

/** The evidence names what a reader needs: the declared context, both roles, the shared place. */
function checkEvidence(e: Evidence, a: string, b: string) {
  if (e.kind === 'DECLARED') {
    const tie = demoDataset.ties.find(
      (t) => (t.personId === a && t.otherPersonId === b) || (t.personId === b && t.otherPersonId === a),
    );
    expect(e.context).toBe(tie?.context ?? null);
    expect(e.contextEn).toBe(tie?.contextEn ?? null);
  }
  if (e.kind === 'PROJECT') {
    expect(e.participations.map((p) => p.person.id)).toEqual([a, b]);
    expect(e.project).not.toBeNull();
  }
  if (e.kind === 'ORGANISATION') {
    expect(e.memberships.map((m) => m.person.id)).toEqual([a, b]);
    for (const m of e.memberships) {
      const row = demoDataset.memberships.find(
        (r) => r.personId === m.person.id && r.organisationId === e.organisation!.id,
      );
      expect(m.role).toBe(row?.role ?? null);
    }
  }
}

const hidden = new Set<string>(DEMO_FIXTURES.hiddenPersonIds);
const privatePairs = new Set(DEMO_FIXTURES.privateTies.map(([a, b]) => [a, b].sort().join('|')));

/** Every property a reader relies on: recomputable score, allowed hops, a simple path. */
function checkPath(path: Path, from: string, maxHops: number, exclude: string[] = []) {
  const ids = path.people.map((p) => p.id);
  expect(ids[0]).toBe(from);
  expect(new Set(ids).size).toBe(ids.length);
  expect(path.hops.length).toBe(ids.length - 1);
  expect(path.hops.length).toBeLessThanOrEqual(maxHops);
  for (const id of ids) expect(hidden.has(id), `hidden ${id}`).toBe(false);
  for (const id of ids) expect(exclude).not.toContain(id);
  let product = 1;
  path.hops.forEach((hop, i) => {
    expect([hop.from.id, hop.to.id]).toEqual([ids[i], ids[i + 1]]);
    expect(hop.evidence.length).toBeGreaterThan(0);
    const combined = 1 - hop.evidence.reduce((acc, e) => acc * (1 - e.strength), 1);
    for (const e of hop.evidence) checkEvidence(e, hop.from.id, hop.to.id);
    expect(hop.strength).toBeCloseTo(combined, 9);
    if (privatePairs.has([hop.from.id, hop.to.id].sort().join('|'))) {
      expect(hop.evidence.map((e) => e.kind)).not.toContain('DECLARED');
    }
    product *= hop.strength * path.hopFactor;
  });
  expect(path.score).toBeCloseTo(product, 9);
}

const someoneFar = () => {
  const direct = new Set(
    demoDataset.ties.flatMap((t) =>
      t.personId === 'p001' ? [t.otherPersonId] : t.otherPersonId === 'p001' ? [t.personId] : [],
    ),
  );
  return demoDataset.people.find((p) => p.id !== 'p001' && p.discoverable !== false && !direct.has(p.id))!.id;
};

describe('known answers: the API equals brute force over the demo dataset', () => {
  const input = () => inputFromDataset(demoDataset, today(), true);
  const options = { k: 5, maxHops: 3, exclude: [] };

  it('for a person target', async () => {
    const target = someoneFar();
    const expected = bruteBestPathsToPerson(input(), DEFAULT_CONFIG, ['p001'], target, options);
    const { introductions } = await ok(QUERY, {
      from: { personId: 'p001' },
      to: { personId: target },
      k: 5,
      maxHops: 3,
    });
    expect(introductions.reach).toBe('FOUND');
    expect((introductions.paths as Path[]).map((p) => p.people.map((x) => x.id))).toEqual(
      expected.paths.map((p) => p.people),
    );
    (introductions.paths as Path[]).forEach((p, i) => expect(p.score).toBeCloseTo(expected.paths[i]!.score, 12));
  });

  it('for a skill target', async () => {
    const skill = 'kintone';
    const holders = demoDataset.skillHoldings.filter((h) => h.skillId === skill).map((h) => h.personId);
    const expected = bruteBestTargets(input(), DEFAULT_CONFIG, ['p001'], holders, options);
    const { introductions } = await ok(QUERY, { from: { personId: 'p001' }, to: { skillId: skill }, k: 5, maxHops: 3 });
    const got = introductions.candidates as { person: { id: string }; score: number }[];
    expect(got.map((c) => c.person.id)).toEqual(expected.targets.map((t) => t.target));
    got.forEach((c, i) => expect(c.score).toBeCloseTo(expected.targets[i]!.score, 12));
  });
});

describe('introductions to a person', () => {
  it('returns explained paths through distinct first intermediaries, best first', async () => {
    const target = someoneFar();
    const { introductions } = await ok(QUERY, {
      from: { personId: 'p001' },
      to: { personId: target },
      k: 5,
      maxHops: 4,
    });
    expect(introductions.reach).toBe('FOUND');
    const paths = introductions.paths as Path[];
    expect(paths.length).toBeGreaterThan(1);
    for (const p of paths) {
      checkPath(p, 'p001', 4);
      expect(p.people.at(-1)!.id).toBe(target);
    }
    const scores = paths.map((p) => p.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const firsts = paths.map((p) => p.people[1]!.id);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('honours exclude and maxHops', async () => {
    const target = someoneFar();
    const first = await ok(QUERY, { from: { personId: 'p001' }, to: { personId: target }, k: 1 });
    const via = (first.introductions.paths as Path[])[0]!.people[1]!.id;
    const { introductions } = await ok(QUERY, { from: { personId: 'p001' }, to: { personId: target }, exclude: [via] });
    for (const p of introductions.paths as Path[]) checkPath(p, 'p001', 4, [via]);
    const short = await ok(QUERY, { from: { personId: 'p001' }, to: { personId: target }, maxHops: 1 });
    expect(short.introductions).toMatchObject({ reach: 'BEYOND_MAX_HOPS', paths: [] });
  });

  it('answers an unreachable target with an empty, explained answer, and sees new ties at once', async () => {
    await ok(`mutation { createPerson(input: { id: "loner", name: "孤立 一人" }) { id } }`);
    const before = await ok(QUERY, { from: { personId: 'p001' }, to: { personId: 'loner' } });
    expect(before.introductions).toMatchObject({ reach: 'UNREACHABLE', paths: [], candidates: [] });
    await ok(
      `mutation { createTie(input: { personId: "loner", otherPersonId: "p002", strength: 5, lastContact: "2026-10-01" }) { strength } }`,
    );
    const after = await ok(QUERY, { from: { personId: 'p001' }, to: { personId: 'loner' } });
    expect(after.introductions.reach).toBe('FOUND');
    expect((after.introductions.paths as Path[]).every((p) => p.people.some((x) => x.id === 'p002'))).toBe(true);
  });
});

describe('introductions to a skill or an organisation', () => {
  it('ranks holders of the skill or a narrower one, with reasons and routes', async () => {
    const { introductions } = await ok(QUERY, {
      from: { personId: 'p001' },
      to: { skillId: DEMO_FIXTURES.skillWithNarrower, minLevel: 2 },
    });
    const candidates = introductions.candidates as {
      score: number;
      person: { id: string };
      reason: { skill: { id: string }; level: number };
      paths: Path[];
    }[];
    expect(candidates.length).toBeGreaterThan(0);
    const narrower = new Set(
      demoDataset.skills.filter((s) => s.broader === DEMO_FIXTURES.skillWithNarrower).map((s) => s.id),
    );
    narrower.add(DEMO_FIXTURES.skillWithNarrower);
    for (const c of candidates) {
      expect(narrower.has(c.reason.skill.id)).toBe(true);
      expect(c.reason.level).toBeGreaterThanOrEqual(2);
      const held = demoDataset.skillHoldings.find((h) => h.personId === c.person.id && h.skillId === c.reason.skill.id);
      expect(held?.level).toBe(c.reason.level);
      expect(c.paths.length).toBeGreaterThan(0);
      for (const p of c.paths) checkPath(p, 'p001', 4);
      // T is a noisy-OR that includes the best route, so it is at least that route's score.
      expect(c.score).toBeGreaterThanOrEqual(c.paths[0]!.score - 1e-12);
    }
    const scores = candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('starts from any current member of an organisation and reaches members of another', async () => {
    const org = DEMO_FIXTURES.anOrganisation.id;
    const other = DEMO_FIXTURES.npoWithNeeds;
    const { introductions } = await ok(QUERY, { from: { organisationId: org }, to: { organisationId: other }, k: 3 });
    expect(introductions.candidates.length).toBeGreaterThan(0);
    const members = new Set(
      demoDataset.memberships.filter((m) => m.organisationId === org && !m.until).map((m) => m.personId),
    );
    for (const c of introductions.candidates) {
      expect(c.reason.organisation.id).toBe(other);
      for (const p of c.paths as Path[]) expect(members.has(p.people[0]!.id)).toBe(true);
    }
  });
});

describe('bad questions', () => {
  it.each([
    [{ from: { personId: 'nobody' }, to: { personId: 'p001' } }, 'NOT_FOUND', 'from.personId'],
    [{ from: { personId: 'p001' }, to: { skillId: 'no-such-skill' } }, 'NOT_FOUND', 'to.skillId'],
    [{ from: { personId: 'p001' }, to: { personId: DEMO_FIXTURES.hiddenPersonIds[0] } }, 'NOT_FOUND', 'to.personId'],
    [{ from: { personId: DEMO_FIXTURES.hiddenPersonIds[0] }, to: { personId: 'p001' } }, 'NOT_FOUND', 'from.personId'],
    [{ from: { personId: 'p001' }, to: { personId: 'p001' } }, 'BAD_USER_INPUT', 'to.personId'],
    [{ from: { personId: 'p001' }, to: { personId: 'p002' }, k: 0 }, 'BAD_USER_INPUT', 'k'],
    [{ from: { personId: 'p001' }, to: { personId: 'p002' }, maxHops: 12 }, 'BAD_USER_INPUT', 'maxHops'],
    [{ from: { personId: 'p001', organisationId: 'o01' }, to: { personId: 'p002' } }, 'BAD_USER_INPUT', 'from'],
    [{ from: { personId: 'p001' }, to: {} }, 'BAD_USER_INPUT', 'to'],
    [{ from: { personId: 'p001' }, to: { personId: 'p002', minLevel: 3 } }, 'BAD_USER_INPUT', 'to.minLevel'],
    [{ from: { personId: "p001' OR 1=1 //" }, to: { personId: 'p002' } }, 'BAD_USER_INPUT', 'from.personId'],
  ])('%j', async (variables, code, field) => {
    const error = await rejected(QUERY, variables);
    expect(error.extensions).toMatchObject({ code, field });
  });
});

describe('suggested introductions', () => {
  it('suggests friends of friends who are not yet tied, with shared contacts', async () => {
    const { suggestedIntroductions } = await ok(
      `{ suggestedIntroductions(personId: "p001", k: 5) { score person { id } other { id } sharedContacts { id } } }`,
    );
    expect(suggestedIntroductions.length).toBe(5);
    const tied = new Set(
      demoDataset.ties.flatMap((t) =>
        t.personId === 'p001' ? [t.otherPersonId] : t.otherPersonId === 'p001' ? [t.personId] : [],
      ),
    );
    for (const s of suggestedIntroductions) {
      expect(s.person.id).toBe('p001');
      expect(tied.has(s.other.id)).toBe(false);
      expect(hidden.has(s.other.id)).toBe(false);
      expect(s.sharedContacts.length).toBeGreaterThan(0);
    }
  });

  it('favours holders of the skills an organisation needs', async () => {
    const { suggestedIntroductions } = await ok(
      `{ suggestedIntroductions(organisationId: "${DEMO_FIXTURES.npoWithNeeds}", k: 10) { score neededSkills { id } } }`,
    );
    expect(suggestedIntroductions.some((s: { neededSkills: unknown[] }) => s.neededSkills.length > 0)).toBe(true);
    const bad = await rejected(`{ suggestedIntroductions(personId: "p001", organisationId: "o01") { score } }`);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
