/**
 * The explorer's neighbourhood from the in-memory network (server/features/explorer/) against the
 * same question asked of Neo4j in Cypher (test/reference/neighbourhood-cypher.ts, the
 * implementation it replaced), on random networks with every relationship kind, hidden people,
 * ties of every visibility, past and future memberships, projects without participants, and
 * viewers of every kind: the same nodes with the same depths and labels, the same edges with the
 * same properties, the same truncation and the same errors, for random starts, depths, limits,
 * filters and days.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { loadDataset } from '../../server/features/data/dataset.ts';
import { neighbourhood, type GraphModel } from '../../server/features/explorer/neighbourhood.ts';
import { graphStore } from '../../server/graph/store.ts';
import type { Dataset, Visibility } from '../../server/shared/dataset.ts';
import { KINDS, SECTORS, type Kind, type Sector } from '../../server/shared/model.ts';
import type { Role, Viewer } from '../../server/shared/viewer.ts';
import { testDb, wipe } from '../helpers/db.ts';
import { neighbourhoodByCypher, type Args } from '../reference/neighbourhood-cypher.ts';

function random(seed: number) {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, chance: (p: number) => next() < p, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}

const PEOPLE = 36;
const ORGS = 5;
const SKILLS = 8;
const PROJECTS = 7;
const DATES = ['2019-05-01', '2024-01-15', '2026-06-01', '2031-01-01'];

function makeData(seed: number): Dataset {
  const r = random(seed);
  const maybe = <T>(p: number, value: T) => (r.chance(p) ? value : undefined);
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `n${String(i).padStart(2, '0')}`,
    name: `人${i}`,
    ...(r.chance(0.6) ? { nameKana: `ひと${'あいうえおかきくけこ'[i % 10]}${'さしすせそ'[i % 5]}` } : {}),
    ...(r.chance(0.4) ? { nameLatin: `Hito ${i}` } : {}),
    discoverable: !r.chance(0.2),
  }));
  const organisations = Array.from({ length: ORGS }, (_, o) => ({
    id: `no${o}`,
    name: `団体${o}`,
    sector: SECTORS[o % SECTORS.length]!,
    ...(r.chance(0.5) ? { nameEn: `Org ${o}` } : {}),
  }));
  const skills = Array.from({ length: SKILLS }, (_, s) => ({
    id: `ns${s}`,
    ...(s % 3 === 2 ? {} : { nameJa: `技能${s}` }),
    ...(s % 3 === 1 ? {} : { nameEn: `Skill ${s}` }),
    // A hierarchy: each skill after the first two may be narrower than an earlier one.
    ...(s >= 2 && r.chance(0.7) ? { broader: `ns${r.int(s)}` } : {}),
  }));
  const projects = Array.from({ length: PROJECTS }, (_, j) => ({
    id: `nj${j}`,
    name: `事業${j}`,
    ...(r.chance(0.7) ? { start: r.pick(DATES) } : {}),
  }));
  const id = (i: number) => people[i]!.id;
  const memberships: Dataset['memberships'] = [];
  for (const p of people)
    for (const o of organisations)
      if (r.chance(0.25)) {
        const since = r.chance(0.5) ? r.int(3) : -1;
        memberships.push({
          personId: p.id,
          organisationId: o.id,
          ...(r.chance(0.5) ? { role: r.pick(['代表', '事務局', '会員']) } : {}),
          ...(since >= 0 ? { since: DATES[since]! } : {}),
          ...(r.chance(0.3) ? { until: r.pick(DATES.slice(since + 1)) } : {}),
        });
      }
  const ties: Dataset['ties'] = [];
  const pairs = new Set<string>();
  for (let t = 0; t < 90; t++) {
    const [a, b] = [r.int(PEOPLE), r.int(PEOPLE)];
    const key = [Math.min(a, b), Math.max(a, b)].join('-');
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const roll = r.next();
    const visibility: Visibility = roll < 0.5 ? 'public' : roll < 0.75 ? 'organisation' : 'private';
    const lastContact = maybe(0.7, r.pick(DATES));
    ties.push({
      personId: id(a),
      otherPersonId: id(b),
      strength: 1 + r.int(5),
      visibility,
      ...(lastContact ? { lastContact } : {}),
    });
  }
  const skillHoldings = people.flatMap((p) =>
    skills.filter(() => r.chance(0.15)).map((s) => ({ personId: p.id, skillId: s.id, level: 1 + r.int(5) })),
  );
  // Two projects keep no participants: the explorer still shows them and their organisations.
  const participations = projects
    .slice(2)
    .flatMap((j) =>
      people
        .filter(() => r.chance(0.12))
        .map((p) => ({ projectId: j.id, personId: p.id, ...(r.chance(0.5) ? { role: '担当' } : {}) })),
    );
  const projectOrganisations = projects.flatMap((j) =>
    organisations
      .filter(() => r.chance(0.25))
      .map((o) => ({ projectId: j.id, organisationId: o.id, role: r.pick(['lead', 'partner'] as const) })),
  );
  const needs = organisations.flatMap((o) =>
    skills.filter(() => r.chance(0.2)).map((s) => ({ organisationId: o.id, skillId: s.id, priority: 1 + r.int(5) })),
  );
  return {
    people,
    organisations,
    skills,
    projects,
    memberships,
    skillHoldings,
    participations,
    ties,
    projectOrganisations,
    needs,
  };
}

function viewers(data: Dataset, seed: number): (Viewer | null)[] {
  const r = random(seed * 7);
  const viewer = (n: number, personId: string | null, roles: [string, Role][] = [], administrator = false): Viewer => ({
    accountId: `acc${n}`,
    email: `v${n}@parity.example.org`,
    personId,
    administrator,
    roles: new Map(roles),
  });
  const hidden = data.people.find((p) => p.discoverable === false)!;
  const member = data.memberships[r.int(data.memberships.length)]!;
  return [
    null,
    viewer(1, null, [], true),
    viewer(2, hidden.id),
    viewer(3, member.personId),
    viewer(4, data.people[r.int(PEOPLE)]!.id, [
      [member.organisationId, 'editor'],
      ['no1', 'viewer'],
    ]),
    viewer(5, null, [['no2', 'owner']]),
  ];
}

function question(data: Dataset, r: ReturnType<typeof random>): Args {
  const keys = [
    ...data.people.map((p) => `Person:${p.id}`),
    ...data.organisations.map((o) => `Organisation:${o.id}`),
    ...data.skills.map((s) => `Skill:${s.id}`),
    ...data.projects.map((j) => `Project:${j.id}`),
  ];
  const kinds = KINDS.filter(() => r.chance(0.7));
  const sectors = SECTORS.filter(() => r.chance(0.5));
  return {
    ids: Array.from({ length: 1 + r.int(2) }, () => r.pick(keys)),
    depth: 1 + r.int(3),
    limit: r.pick([2, 6, 15, 500]),
    kinds: r.chance(0.3) && kinds.length > 0 ? (kinds as Kind[]) : null,
    sectors: r.chance(0.2) && sectors.length > 0 ? (sectors as Sector[]) : null,
    skills: r.chance(0.2) ? [r.pick(data.skills).id] : null,
    organisation: r.chance(0.15) ? r.pick(data.organisations).id : null,
    asOf: r.chance(0.25) ? r.pick(DATES) : null,
  };
}

/** Edges in one order (their order in an answer carries no meaning). */
function canonical(graph: GraphModel): GraphModel {
  const edges = [...graph.edges].sort((a, b) => {
    const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { ...graph, edges };
}

async function outcome(work: () => Promise<GraphModel>): Promise<GraphModel | string> {
  try {
    return canonical(await work());
  } catch (error) {
    return `${(error as Error & { code?: string }).code ?? 'ERROR'}: ${(error as Error).message}`;
  }
}

let db: Db;

beforeAll(async () => {
  db = await testDb();
});
afterAll(async () => {
  await db?.close();
});

describe.each([21, 22])('neighbourhood parity on random network %i', (seed) => {
  const data = makeData(seed);

  beforeAll(async () => {
    await wipe(db);
    await loadDataset(db, `parity-${seed}`, data);
    await graphStore(db).reloadNow();
  });

  it('answers every question as the Cypher implementation did', async () => {
    const r = random(seed);
    let compared = 0;
    let drawn = 0;
    let errors = 0;
    for (const viewer of viewers(data, seed)) {
      for (let q = 0; q < 30; q++) {
        const args = question(data, r);
        const mine = await outcome(() => neighbourhood(db, args, viewer));
        const theirs = await outcome(() => neighbourhoodByCypher(db, args, viewer));
        expect(mine, `${JSON.stringify(args)} as ${viewer?.accountId ?? 'anonymous'}`).toEqual(theirs);
        compared++;
        if (typeof mine === 'string') errors++;
        else drawn += mine.edges.length;
      }
    }
    // The questions were answered, mostly, and drew something.
    expect(compared).toBe(180);
    expect(errors).toBeLessThan(compared / 2);
    expect(drawn).toBeGreaterThan(400);
  }, 300_000);
});
