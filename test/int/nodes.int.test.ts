import { beforeEach, describe, expect, it } from 'vitest';
import { apiSuite } from '../helpers/api-suite.ts';
import { snapshot, wipe } from '../helpers/db.ts';

const suite = apiSuite();
const { rejected } = suite;
const db = () => suite.db;
const api = () => suite.api;

beforeEach(() => wipe(db()));

const PERSON = `key id kind name nameKana nameLatin bio discoverable`;

async function createPerson(input: Record<string, unknown>) {
  const res = await api().gql(`mutation($input: PersonInput!) { createPerson(input: $input) { ${PERSON} } }`, {
    input,
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createPerson;
}

describe('people', () => {
  it('creates, reads, updates and deletes a person', async () => {
    const created = await createPerson({
      id: 'p1',
      name: '田中 花子',
      nameKana: 'たなか はなこ',
      nameLatin: 'Tanaka Hanako',
      email: 'hanako@example.org',
    });
    expect(created).toMatchObject({
      key: 'Person:p1',
      id: 'p1',
      kind: 'PERSON',
      name: '田中 花子',
      discoverable: true,
    });

    const read = await api().gql(`query { person(id: "p1") { ${PERSON} } }`);
    expect(read.data!.person).toEqual(created);

    const updated = await api().gql(
      `mutation { updatePerson(id: "p1", patch: { bio: "フードバンクの事務局長", nameLatin: null }) { ${PERSON} } }`,
    );
    expect(updated.data!.updatePerson).toMatchObject({
      bio: 'フードバンクの事務局長',
      nameLatin: null,
      nameKana: 'たなか はなこ',
    });

    const deleted = await api().gql(`mutation { deletePerson(id: "p1") { id relationshipsRemoved } }`);
    expect(deleted.data!.deletePerson).toEqual({ id: 'p1', relationshipsRemoved: 0 });
    expect((await api().gql(`query { person(id: "p1") { id } }`)).data!.person).toBeNull();
  });

  it('generates an id when none is given', async () => {
    const created = await createPerson({ name: 'Maria Santos' });
    expect(created.id).toMatch(/^person-[0-9a-f]{10}$/);
    expect(created.key).toBe(`Person:${created.id}`);
  });

  it('never returns contact details', async () => {
    await createPerson({ id: 'p1', name: 'A', email: 'a@example.org' });
    const res = await api().gql(`query { person(id: "p1") { email } }`);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('upserts idempotently: the same input twice leaves the same state', async () => {
    const upsert = `mutation($input: PersonInput!) { upsertPerson(input: $input) { ${PERSON} } }`;
    const input = { id: 'p9', name: '佐藤 健', nameKana: 'さとう けん', discoverable: false };
    const first = await api().gql(upsert, { input });
    const after1 = await snapshot(db());
    const second = await api().gql(upsert, { input });
    expect(second.data).toEqual(first.data);
    expect(await snapshot(db())).toEqual(after1);
    // An upsert replaces: fields left out are cleared.
    const third = await api().gql(upsert, { input: { id: 'p9', name: '佐藤 健' } });
    expect(third.data!.upsertPerson).toMatchObject({ nameKana: null, discoverable: true });
  });

  it('hides undiscoverable people from lookups', async () => {
    await createPerson({ id: 'hidden', name: '非公開 太郎', discoverable: false });
    expect((await api().gql(`query { person(id: "hidden") { id } }`)).data!.person).toBeNull();
    expect((await api().gql(`query { node(key: "Person:hidden") { id } }`)).data!.node).toBeNull();
  });

  it('deleting a person removes every relationship touching them', async () => {
    await createPerson({ id: 'a', name: 'A' });
    await createPerson({ id: 'b', name: 'B' });
    await api().gql(`mutation { createOrganisation(input: { id: "o", name: "O", sector: NPO }) { id } }`);
    await api().gql(`mutation { createTie(input: { personId: "a", otherPersonId: "b", strength: 3 }) { strength } }`);
    await api().gql(`mutation { createMembership(input: { personId: "a", organisationId: "o" }) { role } }`);
    const res = await api().gql(`mutation { deletePerson(id: "a") { relationshipsRemoved } }`);
    expect(res.data!.deletePerson.relationshipsRemoved).toBe(2);
    const snap = (await snapshot(db())) as { rels: unknown[] };
    expect(snap.rels).toEqual([]);
  });
});

describe('bad input changes nothing and names the field', () => {
  beforeEach(async () => {
    await createPerson({ id: 'p1', name: '田中 花子' });
  });
  const create = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;

  it.each([
    [{ name: '' }, 'input.name', 'must not be empty'],
    [{ name: '   ' }, 'input.name', 'must not be empty'],
    [{ name: 'x'.repeat(201) }, 'input.name', 'at most 200'],
    [{ name: 'A', bio: 'x'.repeat(2001) }, 'input.bio', 'at most 2000'],
    [{ name: 'A', nameKana: 'tanaka' }, 'input.nameKana', 'kana'],
    [{ name: 'A', email: 'not-an-email' }, 'input.email', 'email'],
    [{ id: "x' OR 1=1 //", name: 'A' }, 'input.id', 'letters, digits'],
    [{ id: '', name: 'A' }, 'input.id', 'must not be empty'],
  ])('createPerson %j', async (input, field, message) => {
    const error = await rejected(create, { input });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(field);
    expect(error.message).toContain(message);
  });

  it('refuses a duplicate id with CONFLICT', async () => {
    const error = await rejected(create, { input: { id: 'p1', name: 'Other' } });
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
  });

  it('reports an unknown id as NOT_FOUND', async () => {
    const error = await rejected(`mutation { updatePerson(id: "nobody", patch: { name: "X" }) { id } }`, {});
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const del = await rejected(`mutation { deletePerson(id: "nobody") { id } }`, {});
    expect(del.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('treats Cypher-looking text as data', async () => {
    const error = await rejected(`query($id: ID!) { person(id: $id) { id } }`, { id: "p1' OR 1=1 //" });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const name = "x' OR 1=1 // MATCH (n) DETACH DELETE n";
    const made = await createPerson({ id: 'p2', name });
    expect(made.name).toBe(name);
    expect((await api().gql(`query { person(id: "p1") { id } }`)).data!.person).toEqual({ id: 'p1' });
  });

  it('rejects a wrong enum before running anything', async () => {
    const error = await rejected(`mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: { id: 'o1', name: 'X', sector: 'CHARITY' },
    });
    expect(error.extensions!.code).toBe('BAD_USER_INPUT');
    expect(error.message).toContain('sector');
    expect(error.message).not.toMatch(/did you mean/i);
  });

  it('rejects an invalid calendar date and a reversed period', async () => {
    const project = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
    const bad = await rejected(project, { input: { id: 'j1', name: 'P', start: '2023-13-01' } });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
    const feb = await rejected(project, { input: { id: 'j1', name: 'P', start: '2023-02-29' } });
    expect(feb.extensions).toMatchObject({ field: 'input.start' });
    const reversed = await rejected(project, {
      input: { id: 'j1', name: 'P', start: '2024-04-01', end: '2023-03-31' },
    });
    expect(reversed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.end' });
  });

  it('validates an update against the merged result', async () => {
    await api().gql(`mutation { createProject(input: { id: "j1", name: "P", start: "2024-04-01" }) { id } }`);
    const error = await rejected(`mutation { updateProject(id: "j1", patch: { end: "2024-01-01" }) { id } }`, {});
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.end' });
  });
});

describe('organisations, skills and projects', () => {
  it('stores prefectures in Japanese, accepting English', async () => {
    const res = await api().gql(
      `mutation { createOrganisation(input: { id: "o1", name: "みやぎ子ども食堂ネット", sector: NPO, prefecture: "Miyagi", url: "https://kodomo.example.jp" }) { sector prefecture url } }`,
    );
    expect(res.data!.createOrganisation).toEqual({
      sector: 'NPO',
      prefecture: '宮城県',
      url: 'https://kodomo.example.jp',
    });
    const bad = await rejected(
      `mutation { updateOrganisation(id: "o1", patch: { prefecture: "Atlantis" }) { id } }`,
      {},
    );
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.prefecture' });
    const url = await rejected(
      `mutation { updateOrganisation(id: "o1", patch: { url: "javascript:alert(1)" }) { id } }`,
      {},
    );
    expect(url.extensions).toMatchObject({ field: 'patch.url' });
  });

  it('keeps a skill hierarchy and refuses cycles', async () => {
    await api().gql(`mutation { createSkill(input: { id: "crm", nameJa: "CRM", nameEn: "CRM" }) { id } }`);
    await api().gql(
      `mutation { createSkill(input: { id: "salesforce", nameEn: "Salesforce", broaderId: "crm" }) { id } }`,
    );
    const read = await api().gql(`query { skill(id: "crm") { narrower { id } broader { id } } }`);
    expect(read.data!.skill).toEqual({ narrower: [{ id: 'salesforce' }], broader: null });
    const cycle = await rejected(`mutation { updateSkill(id: "crm", patch: { broaderId: "salesforce" }) { id } }`, {});
    expect(cycle.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'patch.broaderId' });
    const missing = await rejected(
      `mutation { createSkill(input: { id: "x", nameEn: "X", broaderId: "nope" }) { id } }`,
      {},
    );
    expect(missing.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.broaderId' });
    const nameless = await rejected(`mutation { createSkill(input: { id: "y" }) { id } }`, {});
    expect(nameless.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nameJa' });
  });

  it('upserts organisations, skills and projects idempotently', async () => {
    for (const [mutation, input] of [
      ['upsertOrganisation', '{ id: "o1", name: "市民協働課", sector: GOVERNMENT }'],
      ['upsertSkill', '{ id: "kintone", nameJa: "kintone", nameEn: "kintone", category: "it" }'],
      ['upsertProject', '{ id: "j1", name: "防災マップ", start: "2022-04-01", end: "2023-03-31" }'],
    ] as const) {
      const first = await api().gql(`mutation { ${mutation}(input: ${input}) { id } }`);
      expect(first.errors).toBeUndefined();
      const before = await snapshot(db());
      await api().gql(`mutation { ${mutation}(input: ${input}) { id } }`);
      expect(await snapshot(db())).toEqual(before);
    }
    const project = await api().gql(`query { project(id: "j1") { start end } }`);
    expect(project.data!.project).toEqual({ start: '2022-04-01', end: '2023-03-31' });
  });
});
