import { beforeAll, describe, expect, it } from 'vitest';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

/*
 * A small network:  tanaka —KNOWS(4)— suzuki —KNOWS(2)— yamada —KNOWS(private)— kimura
 * tanaka ∈ foodbank (npo), suzuki ∈ cityhall (government), hidden person knows tanaka.
 * suzuki holds salesforce (narrower than crm); yamada holds kintone.
 */
const suite = apiSuite(wipe);
const { ok } = suite;
const api = () => suite.api;

beforeAll(async () => {
  await ok(`mutation {
    p1: createPerson(input: { id: "tanaka", name: "田中 花子", nameKana: "たなか はなこ", nameLatin: "Tanaka Hanako" }) { id }
    p2: createPerson(input: { id: "suzuki", name: "鈴木 一郎", nameKana: "すずき いちろう", nameLatin: "Suzuki Ichiro" }) { id }
    p3: createPerson(input: { id: "yamada", name: "山田 太郎", nameKana: "やまだ たろう" }) { id }
    p4: createPerson(input: { id: "kimura", name: "木村 拓", nameKana: "きむら たく" }) { id }
    p5: createPerson(input: { id: "hidden", name: "田中 秘密", nameKana: "たなか ひみつ", discoverable: false }) { id }
    p6: createPerson(input: { id: "tanabe", name: "田辺 誠", nameKana: "たなべ まこと" }) { id }
    o1: createOrganisation(input: { id: "foodbank", name: "フードバンクみやぎ", nameKana: "ふーどばんくみやぎ", nameEn: "Food Bank Miyagi", sector: NPO, prefecture: "宮城県" }) { id }
    o2: createOrganisation(input: { id: "cityhall", name: "仙台市 市民協働課", sector: GOVERNMENT }) { id }
    s1: createSkill(input: { id: "crm", nameJa: "顧客管理", nameEn: "CRM" }) { id }
    s2: createSkill(input: { id: "salesforce", nameJa: "セールスフォース", nameEn: "Salesforce", broaderId: "crm" }) { id }
    s3: createSkill(input: { id: "kintone", nameJa: "キントーン", nameEn: "kintone" }) { id }
    j1: createProject(input: { id: "map", name: "子ども食堂マップ", description: "Mapping children's cafeterias", start: "2022-04-01" }) { id }
    t1: createTie(input: { personId: "tanaka", otherPersonId: "suzuki", strength: 4, lastContact: "2025-01-10" }) { strength }
    t2: createTie(input: { personId: "suzuki", otherPersonId: "yamada", strength: 2 }) { strength }
    t3: createTie(input: { personId: "yamada", otherPersonId: "kimura", strength: 5, visibility: PRIVATE }) { strength }
    t4: createTie(input: { personId: "hidden", otherPersonId: "tanaka", strength: 5 }) { strength }
    m1: createMembership(input: { personId: "tanaka", organisationId: "foodbank", role: "事務局長" }) { role }
    m2: createMembership(input: { personId: "suzuki", organisationId: "cityhall" }) { role }
    h1: createSkillHolding(input: { personId: "suzuki", skillId: "salesforce", level: 4 }) { level }
    h2: createSkillHolding(input: { personId: "yamada", skillId: "kintone", level: 3 }) { level }
    w1: createParticipation(input: { personId: "tanaka", projectId: "map" }) { role }
  }`);
});

const SEARCH = `query($text: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
  search(text: $text, kinds: $kinds, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { score node { key } } } }`;
const keys = (data: Record<string, { nodes: { node: { key: string } }[] }>) =>
  data.search!.nodes.map((n) => n.node.key);

describe('search', () => {
  it.each([
    ['田中', 'Person:tanaka'],
    ['たなか', 'Person:tanaka'],
    ['タナカ', 'Person:tanaka'],
    ['tanaka', 'Person:tanaka'],
    ['Tanaka Hanako', 'Person:tanaka'],
    ['田中花子', 'Person:tanaka'],
    ['すずき', 'Person:suzuki'],
    ['salesforce', 'Skill:salesforce'],
    ['セールス', 'Skill:salesforce'],
    ['ｾｰﾙｽﾌｫｰｽ', 'Skill:salesforce'],
    ['Food Bank', 'Organisation:foodbank'],
    ['ふーどばんく', 'Organisation:foodbank'],
    ['食堂', 'Project:map'],
    ['cafeterias', 'Project:map'],
  ])('%s finds %s first', async (text, key) => {
    expect(keys(await ok(SEARCH, { text }))[0]).toBe(key);
  });

  it('finds every name containing a single kanji', async () => {
    expect(keys(await ok(SEARCH, { text: '田', kinds: ['PERSON'] })).sort()).toEqual([
      'Person:tanabe',
      'Person:tanaka',
      'Person:yamada',
    ]);
  });

  it('ranks an exact name above a prefix above a partial match', async () => {
    await ok(`mutation { createSkill(input: { id: "data", nameEn: "data" }) { id } a: createSkill(input: { id: "data-analysis", nameEn: "data analysis" }) { id }
      b: createSkill(input: { id: "open-data", nameEn: "open data" }) { id } }`);
    expect(keys(await ok(SEARCH, { text: 'data', kinds: ['SKILL'] }))).toEqual([
      'Skill:data',
      'Skill:data-analysis',
      'Skill:open-data',
    ]);
  });

  it('finds a project nobody has worked on yet, by name and by the words of its description', async () => {
    await ok(
      `mutation { createProject(input: { id: "pantry", name: "防災備蓄の見直し", description: "Reviewing the emergency pantry with volunteers" }) { id } }`,
    );
    expect(keys(await ok(SEARCH, { text: '備蓄' }))).toEqual(['Project:pantry']);
    // Words in any order, each anywhere in the text; a record holding every word ranks first.
    expect(keys(await ok(SEARCH, { text: 'volunteers pantry' }))).toEqual(['Project:pantry']);
    expect(keys(await ok(SEARCH, { text: 'cafeterias pantry' }))).toEqual(['Project:map', 'Project:pantry']);
    expect(keys(await ok(SEARCH, { text: 'pantry mapping volunteers' }))).toEqual(['Project:pantry', 'Project:map']);
    expect(keys(await ok(SEARCH, { text: 'volunteers kitchen' }))).toEqual(['Project:pantry']);
    expect(keys(await ok(SEARCH, { text: 'soup kitchen' }))).toEqual([]);
  });

  it('sees a rename at once, and the old name no more', async () => {
    await ok(
      `mutation { createSkill(input: { id: "grant", nameJa: "助成金申請", nameEn: "Grant writing", category: "資金調達" }) { id } }`,
    );
    expect(keys(await ok(SEARCH, { text: '資金調達' }))).toEqual(['Skill:grant']);
    await ok(`mutation { updateSkill(id: "grant", patch: { nameEn: "Grant applications" }) { id } }`);
    expect(keys(await ok(SEARCH, { text: 'applications' }))).toEqual(['Skill:grant']);
    expect(keys(await ok(SEARCH, { text: 'writing' }))).toEqual([]);
  });

  it('never finds undiscoverable people', async () => {
    const found = keys(await ok(SEARCH, { text: 'たなか', first: 50 }));
    expect(found).toContain('Person:tanaka');
    expect(found).not.toContain('Person:hidden');
    expect(keys(await ok(SEARCH, { text: '秘密' }))).toEqual([]);
  });

  it('filters by kind and paginates', async () => {
    const people = await ok(SEARCH, { text: '田', kinds: ['PERSON'], first: 1 });
    expect(people.search.totalCount).toBe(3);
    expect(people.search.pageInfo.hasNextPage).toBe(true);
    const next = await ok(SEARCH, { text: '田', kinds: ['PERSON'], first: 5, after: people.search.pageInfo.endCursor });
    expect(next.search.pageInfo.hasNextPage).toBe(false);
    expect([...keys(people), ...keys(next)].sort()).toEqual(['Person:tanabe', 'Person:tanaka', 'Person:yamada']);
  });

  it('treats query syntax as plain text', async () => {
    for (const text of ["x' OR 1=1 //", 'name:*', '"unclosed', 'AND OR NOT', '(((', '\\']) {
      const res = await api().gql(SEARCH, { text });
      expect(res.errors, text).toBeUndefined();
    }
  });

  it.each([
    [{ text: '' }, 'text'],
    [{ text: 'x'.repeat(101) }, 'text'],
    [{ text: 'a', first: 0 }, 'first'],
    [{ text: 'a', first: 51 }, 'first'],
  ])('rejects %j', async (variables, field) => {
    const res = await api().gql(SEARCH, variables);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

const NEIGHBOURHOOD = `query($ids: [ID!]!, $depth: Int, $kinds: [NodeKind!], $sectors: [Sector!], $skills: [ID!], $limit: Int) {
  neighbourhood(ids: $ids, depth: $depth, kinds: $kinds, sectors: $sectors, skills: $skills, limit: $limit) {
    truncated nodes { key kind label labelAlt sector depth } edges { key source target type strength } } }`;

type Graph = {
  truncated: boolean;
  nodes: { key: string; depth: number }[];
  edges: { source: string; target: string; type: string }[];
};
const nodeKeys = (g: Graph) => g.nodes.map((n) => n.key).sort();

describe('neighbourhood', () => {
  it('returns a render-ready ego network with depths and edges', async () => {
    const g: Graph = (await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 1 })).neighbourhood;
    expect(nodeKeys(g)).toEqual(['Organisation:foodbank', 'Person:suzuki', 'Person:tanaka', 'Project:map']);
    expect(g.nodes[0]).toMatchObject({ key: 'Person:tanaka', depth: 0, label: '田中 花子', labelAlt: 'Tanaka Hanako' });
    expect(g.truncated).toBe(false);
    const knows = g.edges.find((e) => e.type === 'KNOWS')!;
    expect(knows).toMatchObject({ source: 'Person:tanaka', target: 'Person:suzuki', strength: 4 });
    for (const e of g.edges) {
      expect(nodeKeys(g)).toContain(e.source);
      expect(nodeKeys(g)).toContain(e.target);
    }
  });

  it('goes deeper, but never through private ties or hidden people', async () => {
    const g: Graph = (await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 3, kinds: ['PERSON'] })).neighbourhood;
    expect(nodeKeys(g)).toEqual(['Person:suzuki', 'Person:tanaka', 'Person:yamada']);
    expect(g.nodes.find((n) => n.key === 'Person:yamada')!.depth).toBe(2);
  });

  it('flags truncation exactly when the limit cut the answer', async () => {
    const cut: Graph = (await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 1, limit: 3 })).neighbourhood;
    expect(cut.nodes).toHaveLength(3);
    expect(cut.truncated).toBe(true);
    const exact: Graph = (await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 1, limit: 4 })).neighbourhood;
    expect(exact.truncated).toBe(false);
  });

  it('filters by sector and by skill, including narrower skills', async () => {
    const npo: Graph = (
      await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 2, kinds: ['PERSON', 'ORGANISATION'], sectors: ['NPO'] })
    ).neighbourhood;
    // cityhall (government) is filtered out; yamada is still reached through suzuki.
    expect(nodeKeys(npo)).toEqual(['Organisation:foodbank', 'Person:suzuki', 'Person:tanaka', 'Person:yamada']);
    const crm: Graph = (
      await ok(NEIGHBOURHOOD, { ids: ['Person:tanaka'], depth: 3, kinds: ['PERSON', 'SKILL'], skills: ['crm'] })
    ).neighbourhood;
    // yamada (kintone) is filtered out; crm is reached from salesforce by BROADER.
    expect(nodeKeys(crm)).toEqual(['Person:suzuki', 'Person:tanaka', 'Skill:crm', 'Skill:salesforce']);
  });

  it.each([
    [{ ids: ['Person:tanaka'], depth: 4 }, 'depth', 'BAD_USER_INPUT'],
    [{ ids: ['Person:tanaka'], depth: 0 }, 'depth', 'BAD_USER_INPUT'],
    [{ ids: ['Person:tanaka'], limit: 5001 }, 'limit', 'BAD_USER_INPUT'],
    [{ ids: [] }, 'ids', 'BAD_USER_INPUT'],
    [{ ids: ['tanaka'] }, 'ids.0', 'BAD_USER_INPUT'],
    [{ ids: ["Person:x' OR 1=1 //"] }, 'ids.0', 'BAD_USER_INPUT'],
    [{ ids: ['Person:nobody'] }, 'ids.0', 'NOT_FOUND'],
    [{ ids: ['Person:hidden'] }, 'ids.0', 'NOT_FOUND'],
    [{ ids: ['Person:tanaka'], skills: ['no-such-skill'] }, 'skills.0', 'NOT_FOUND'],
  ])('rejects %j', async (variables, field, code) => {
    const res = await api().gql(NEIGHBOURHOOD, variables);
    expect(res.errors![0]!.extensions).toMatchObject({ code, field });
  });
});

describe('stats', () => {
  it('counts everything, marking what is hidden', async () => {
    const { stats } =
      await ok(`{ stats { people discoverablePeople organisations skills projects ties visibleTies memberships
      skillHoldings participations needs organisationsBySector { sector count } } }`);
    expect(stats).toMatchObject({
      discoverablePeople: stats.people - 1,
      ties: 4,
      visibleTies: 3,
      memberships: 2,
      skillHoldings: 2,
      participations: 1,
    });
    expect(stats.organisationsBySector).toEqual(
      expect.arrayContaining([
        { sector: 'NPO', count: 1 },
        { sector: 'GOVERNMENT', count: 1 },
        { sector: 'COMPANY', count: 0 },
      ]),
    );
  });
});

describe('the HTTP surface', () => {
  it('answers malformed JSON with a JSON error, not an HTML page', async () => {
    const res = await api().post('{"query": ');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses bodies over 1 MB with a JSON error', async () => {
    const res = await api().post(JSON.stringify({ query: '{ stats { people } }', padding: 'x'.repeat(1_100_000) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('refuses over-deep queries', async () => {
    const deep = `{ person(id: "tanaka") { ties { nodes { other { ties { nodes { other { ties { nodes { other { ties { nodes { other { name } } } } } } } } } } } } } }`;
    const res = await api().gql(deep);
    expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0]!.message).toContain('limit is 8');
  });

  it('does not suggest field names to clients', async () => {
    const res = await api().gql(`{ persn(id: "x") { id } }`);
    expect(res.errors![0]!.message).not.toMatch(/did you mean/i);
  });
});
