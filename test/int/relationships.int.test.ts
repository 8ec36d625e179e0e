import { beforeEach, describe, expect, it } from 'vitest';
import { apiSuite } from '../helpers/api-suite.ts';
import { snapshot, wipe } from '../helpers/db.ts';

const suite = apiSuite();
const { ok, rejected } = suite;
const db = () => suite.db;
const api = () => suite.api;

beforeEach(async () => {
  await wipe(db());
  await ok(`mutation {
    a: createPerson(input: { id: "a", name: "青木 明", nameKana: "あおき あきら" }) { id }
    b: createPerson(input: { id: "b", name: "馬場 文", nameKana: "ばば あや" }) { id }
    h: createPerson(input: { id: "h", name: "非公開", discoverable: false }) { id }
    o: createOrganisation(input: { id: "o", name: "子ども食堂ネット", sector: NPO }) { id }
    g: createOrganisation(input: { id: "g", name: "市民協働課", sector: GOVERNMENT }) { id }
    s: createSkill(input: { id: "kintone", nameJa: "kintone", nameEn: "kintone" }) { id }
    j: createProject(input: { id: "j", name: "フードマップ", start: "2023-04-01" }) { id }
  }`);
});

describe('memberships', () => {
  it('create, list from both ends, update, delete', async () => {
    const created =
      await ok(`mutation { createMembership(input: { personId: "a", organisationId: "o", role: "事務局長", since: "2020-04-01" }) {
      role since until person { id } organisation { id } } }`);
    expect(created.createMembership).toEqual({
      role: '事務局長',
      since: '2020-04-01',
      until: null,
      person: { id: 'a' },
      organisation: { id: 'o' },
    });

    const lists = await ok(`{ person(id: "a") { memberships { totalCount nodes { organisation { name } role } } }
      organisation(id: "o") { members { totalCount nodes { person { id } } } } }`);
    expect(lists.person.memberships).toEqual({
      totalCount: 1,
      nodes: [{ organisation: { name: '子ども食堂ネット' }, role: '事務局長' }],
    });
    expect(lists.organisation.members.nodes).toEqual([{ person: { id: 'a' } }]);

    const updated = await ok(
      `mutation { updateMembership(personId: "a", organisationId: "o", patch: { until: "2024-03-31" }) { role since until } }`,
    );
    expect(updated.updateMembership).toEqual({ role: '事務局長', since: '2020-04-01', until: '2024-03-31' });

    await ok(`mutation { deleteMembership(personId: "a", organisationId: "o") { id } }`);
    const after = await ok(`{ person(id: "a") { memberships { totalCount } } }`);
    expect(after.person.memberships.totalCount).toBe(0);
  });

  it('rejects bad memberships without changing anything', async () => {
    await ok(`mutation { createMembership(input: { personId: "a", organisationId: "o" }) { role } }`);
    const dup = await rejected(`mutation { createMembership(input: { personId: "a", organisationId: "o" }) { role } }`);
    expect(dup.extensions!.code).toBe('CONFLICT');
    const unknownOrg = await rejected(
      `mutation { createMembership(input: { personId: "a", organisationId: "zzz" }) { role } }`,
    );
    expect(unknownOrg.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.organisationId' });
    const unknownPerson = await rejected(
      `mutation { createMembership(input: { personId: "nobody", organisationId: "o" }) { role } }`,
    );
    expect(unknownPerson.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.personId' });
    const reversed = await rejected(
      `mutation { createMembership(input: { personId: "b", organisationId: "o", since: "2024-01-01", until: "2023-01-01" }) { role } }`,
    );
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.until' });
    const missing = await rejected(
      `mutation { updateMembership(personId: "b", organisationId: "o", patch: { role: "x" }) { role } }`,
    );
    expect(missing.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('ties', () => {
  it('are undirected: one per pair, found and updated from either side', async () => {
    const tie =
      await ok(`mutation { createTie(input: { personId: "a", otherPersonId: "b", strength: 4, lastContact: "2025-06-01", context: "防災訓練で協働" }) {
      strength lastContact context visibility person { id } other { id } } }`);
    expect(tie.createTie).toMatchObject({ strength: 4, visibility: 'PUBLIC', person: { id: 'a' }, other: { id: 'b' } });

    const reverse = await rejected(
      `mutation { createTie(input: { personId: "b", otherPersonId: "a", strength: 2 }) { strength } }`,
    );
    expect(reverse.extensions!.code).toBe('CONFLICT');

    const updated = await ok(
      `mutation { updateTie(personId: "b", otherPersonId: "a", patch: { strength: 5 }) { strength context person { id } other { id } } }`,
    );
    expect(updated.updateTie).toEqual({
      strength: 5,
      context: '防災訓練で協働',
      person: { id: 'b' },
      other: { id: 'a' },
    });

    const fromB = await ok(`{ person(id: "b") { ties { totalCount nodes { other { id } strength } } } }`);
    expect(fromB.person.ties).toEqual({ totalCount: 1, nodes: [{ other: { id: 'a' }, strength: 5 }] });

    await ok(`mutation { deleteTie(personId: "b", otherPersonId: "a") { id } }`);
    expect((await ok(`{ person(id: "a") { ties { totalCount } } }`)).person.ties.totalCount).toBe(0);
  });

  it.each([
    ['strength 7', `{ personId: "a", otherPersonId: "b", strength: 7 }`, 'input.strength', 'BAD_USER_INPUT'],
    ['strength 0', `{ personId: "a", otherPersonId: "b", strength: 0 }`, 'input.strength', 'BAD_USER_INPUT'],
    ['a tie to oneself', `{ personId: "a", otherPersonId: "a", strength: 3 }`, 'input.otherPersonId', 'BAD_USER_INPUT'],
    [
      'a bad date',
      `{ personId: "a", otherPersonId: "b", strength: 3, lastContact: "2023-13-01" }`,
      'input.lastContact',
      'BAD_USER_INPUT',
    ],
    ['an unknown person', `{ personId: "a", otherPersonId: "zz", strength: 3 }`, 'input.otherPersonId', 'NOT_FOUND'],
    [
      'an oversized context',
      `{ personId: "a", otherPersonId: "b", strength: 3, context: "${'x'.repeat(501)}" }`,
      'input.context',
      'BAD_USER_INPUT',
    ],
  ])('rejects %s', async (_, input, field, code) => {
    const error = await rejected(`mutation { createTie(input: ${input}) { strength } }`);
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('leaves private ties and hidden people out of lists', async () => {
    await ok(`mutation {
      t1: createTie(input: { personId: "a", otherPersonId: "b", strength: 3, visibility: PRIVATE }) { strength }
      t2: createTie(input: { personId: "a", otherPersonId: "h", strength: 3 }) { strength }
      m: createMembership(input: { personId: "h", organisationId: "o" }) { role }
    }`);
    const res = await ok(
      `{ person(id: "a") { ties { totalCount } } organisation(id: "o") { members { totalCount } } }`,
    );
    expect(res.person.ties.totalCount).toBe(0);
    expect(res.organisation.members.totalCount).toBe(0);
  });
});

describe('skills held, participation, project organisations and needs', () => {
  it('round-trips each relationship', async () => {
    await ok(`mutation {
      sh: createSkillHolding(input: { personId: "a", skillId: "kintone", level: 4 }) { level }
      pa: createParticipation(input: { personId: "a", projectId: "j", role: "エンジニア" }) { role }
      le: createProjectOrganisation(input: { organisationId: "o", projectId: "j", role: LEAD }) { role }
      pt: createProjectOrganisation(input: { organisationId: "g", projectId: "j", role: PARTNER }) { role }
      ne: createNeed(input: { organisationId: "o", skillId: "kintone", priority: 5 }) { priority }
    }`);
    const res = await ok(`{
      skill(id: "kintone") { holders { nodes { person { id } level } } neededBy { nodes { organisation { id } priority } } }
      project(id: "j") { members { nodes { person { id } role } } organisations { nodes { organisation { id } role } } }
      organisation(id: "o") { needs { nodes { skill { id } priority } } projects { nodes { project { id } role } } }
    }`);
    expect(res.skill.holders.nodes).toEqual([{ person: { id: 'a' }, level: 4 }]);
    expect(res.skill.neededBy.nodes).toEqual([{ organisation: { id: 'o' }, priority: 5 }]);
    expect(res.project.members.nodes).toEqual([{ person: { id: 'a' }, role: 'エンジニア' }]);
    expect(res.project.organisations.nodes).toEqual(
      expect.arrayContaining([
        { organisation: { id: 'o' }, role: 'LEAD' },
        { organisation: { id: 'g' }, role: 'PARTNER' },
      ]),
    );
    expect(res.organisation.projects.nodes).toEqual([{ project: { id: 'j' }, role: 'LEAD' }]);

    await ok(`mutation { updateSkillHolding(personId: "a", skillId: "kintone", patch: { level: 5 }) { level } }`);
    const bad = await rejected(
      `mutation { updateSkillHolding(personId: "a", skillId: "kintone", patch: { level: 6 }) { level } }`,
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.level' });
    const badNeed = await rejected(
      `mutation { updateNeed(organisationId: "o", skillId: "kintone", patch: { priority: null }) { priority } }`,
    );
    expect(badNeed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.priority' });
    await ok(`mutation { deleteProjectOrganisation(organisationId: "g", projectId: "j", role: PARTNER) { id } }`);
    const gone = await rejected(
      `mutation { deleteProjectOrganisation(organisationId: "g", projectId: "j", role: PARTNER) { id } }`,
    );
    expect(gone.extensions!.code).toBe('NOT_FOUND');
  });

  it('paginates with opaque cursors and rejects forged ones', async () => {
    for (const id of ['c', 'd', 'e']) {
      await ok(
        `mutation { createPerson(input: { id: "${id}", name: "${id}" }) { id } createMembership(input: { personId: "${id}", organisationId: "o" }) { role } }`,
      );
    }
    const page1 = await ok(
      `{ organisation(id: "o") { members(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { person { id } } } } }`,
    );
    const { members } = page1.organisation;
    expect(members.totalCount).toBe(3);
    expect(members.nodes).toHaveLength(2);
    expect(members.pageInfo.hasNextPage).toBe(true);
    const page2 = await ok(
      `query($after: String) { organisation(id: "o") { members(first: 2, after: $after) { pageInfo { hasNextPage } nodes { person { id } } } } }`,
      {
        after: members.pageInfo.endCursor,
      },
    );
    expect(page2.organisation.members.nodes).toHaveLength(1);
    expect(page2.organisation.members.pageInfo.hasNextPage).toBe(false);
    const ids = [...members.nodes, ...page2.organisation.members.nodes].map(
      (n: { person: { id: string } }) => n.person.id,
    );
    expect(new Set(ids)).toEqual(new Set(['c', 'd', 'e']));

    const forged = await api().gql(`{ organisation(id: "o") { members(after: "bm90LWEtY3Vyc29y") { totalCount } } }`);
    expect(forged.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const huge = await api().gql(`{ organisation(id: "o") { members(first: 1000) { totalCount } } }`);
    expect(huge.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('concurrent writes', () => {
  it('create exactly one tie when the same pair is written at once from both sides', async () => {
    const attempts = Array.from({ length: 12 }, (_, i) =>
      api().gql(
        `mutation { createTie(input: { personId: "${i % 2 ? 'a' : 'b'}", otherPersonId: "${i % 2 ? 'b' : 'a'}", strength: ${(i % 5) + 1} }) { strength } }`,
      ),
    );
    const results = await Promise.all(attempts);
    const succeeded = results.filter((r) => !r.errors);
    expect(succeeded).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.extensions!.code).toBe('CONFLICT');
    const snap = (await snapshot(db())) as { rels: { type: string }[] };
    expect(snap.rels.filter((r) => r.type === 'KNOWS')).toHaveLength(1);
  });

  it('create a person once when the same id is sent at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        api().gql(`mutation { createPerson(input: { id: "same", name: "同時" }) { id } }`),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0]!.extensions!.code).toBe('CONFLICT');
  });
});
