/**
 * Saved views of the map and the map on a past day, through the GraphQL API on a small network:
 * a view is listed, renamed and deleted by its owner only; its link opens it for anyone signed in
 * with the keys they may not see taken out; bad input is refused with its field and changes
 * nothing; `neighbourhood(asOf:)` applies the one date rule (docs/decisions/0024).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../server/features/data/dataset.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import type { Api } from '../helpers/api.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const DATA: Dataset = {
  people: [
    { id: 'sv1', name: '保存 一郎', email: 'sv1@views.example.org' },
    { id: 'sv2', name: '非公開 二郎', discoverable: false },
    { id: 'sv3', name: '後から 三郎' },
    { id: 'sv4', name: '旧知 四郎' },
  ],
  organisations: [{ id: 'svo', name: '保存会', sector: 'npo' }],
  skills: [],
  projects: [
    { id: 'svj-old', name: '古い事業', start: '2018-04-01', end: '2019-03-31' },
    { id: 'svj-new', name: '新しい事業', start: '2023-04-01' },
  ],
  memberships: [
    { personId: 'sv1', organisationId: 'svo', since: '2015-01-01' },
    { personId: 'sv2', organisationId: 'svo', since: '2015-01-01' },
    // Joined in 2022: not a member at the end of 2020.
    { personId: 'sv3', organisationId: 'svo', since: '2022-04-01' },
    // Left at the start of 2020: a member at the end of 2019 only.
    { personId: 'sv4', organisationId: 'svo', since: '2010-01-01', until: '2020-01-01' },
  ],
  skillHoldings: [],
  participations: [
    { projectId: 'svj-old', personId: 'sv1' },
    { projectId: 'svj-new', personId: 'sv1' },
  ],
  ties: [
    { personId: 'sv1', otherPersonId: 'sv4', strength: 4, lastContact: '2019-06-01' },
    { personId: 'sv1', otherPersonId: 'sv3', strength: 3, lastContact: '2024-02-01' },
  ],
  projectOrganisations: [],
  needs: [],
};

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDataset(db, 'views-test', DATA);
});
const { ok } = suite;

const VIEW = 'id name state positions { key x y } introduction { from to minLevel maxHops } mine created updated';
const SAVE = `mutation($input: SavedViewInput!) { saveView(input: $input) { ${VIEW} } }`;
const STATE = '?node=Organisation:svo&depth=2&sel=Person:sv2&exp=Person:sv1,Person:sv2&focus=Person:sv2';
const POSITIONS = [
  { key: 'Organisation:svo', x: 0, y: 0 },
  { key: 'Person:sv1', x: 120.5, y: -40.25 },
  { key: 'Person:sv2', x: -80, y: 60 },
];

let owner: Api;
let other: Api;

beforeAll(async () => {
  await ok(
    'mutation { setOrganisationRole(organisationId: "svo", email: "owner@views.example.org", role: EDITOR) { email } }',
  );
  owner = await suite.api.as('owner@views.example.org');
  other = await suite.api.as('other@views.example.org');
});

async function refused(api: Api, query: string, variables: Record<string, unknown>) {
  const before = (await owner.gql(`{ savedViews { ${VIEW} } }`)).data;
  const res = await api.gql(query, variables);
  expect((await owner.gql(`{ savedViews { ${VIEW} } }`)).data, 'a refused request changed the views').toEqual(before);
  expect(res.errors).toHaveLength(1);
  return res.errors![0]!;
}

describe('saved views', () => {
  let id = '';

  it("keeps the owner's link, positions and introduction question", async () => {
    const res = await owner.gql(SAVE, {
      input: {
        name: ' 保存会の全体像 ',
        state: STATE,
        positions: POSITIONS,
        introduction: { from: 'Person:sv1', to: 'Person:sv2', maxHops: 3 },
      },
    });
    expect(res.errors).toBeUndefined();
    const view = res.data!.saveView;
    id = view.id;
    expect(view).toMatchObject({
      name: '保存会の全体像',
      state: STATE,
      positions: POSITIONS,
      introduction: { from: 'Person:sv1', to: 'Person:sv2', minLevel: 1, maxHops: 3 },
      mine: true,
    });
    expect((await owner.gql('{ savedViews { id name } }')).data!.savedViews).toEqual([{ id, name: '保存会の全体像' }]);
  });

  it('lists nobody else’s views, and a shared link shows only what its reader may see', async () => {
    expect((await other.gql('{ savedViews { id } }')).data!.savedViews).toEqual([]);
    const shared = (await other.gql(`query($id: ID!) { savedView(id: $id) { ${VIEW} } }`, { id })).data!.savedView;
    expect(shared).toMatchObject({ id, name: '保存会の全体像', mine: false, introduction: null });
    // The hidden person is taken out of the link, the positions and the question.
    expect(shared.state).toBe('?node=Organisation:svo&depth=2&exp=Person:sv1');
    expect(shared.positions).toEqual(POSITIONS.filter((p) => p.key !== 'Person:sv2'));
    expect(JSON.stringify(shared)).not.toContain('sv2');
    // The map the reader then draws comes from their own sight.
    const map = (await other.gql('{ neighbourhood(ids: ["Organisation:svo"]) { nodes { key } } }')).data!;
    expect(JSON.stringify(map)).not.toContain('Person:sv2');
  });

  it('is renamed and deleted by its owner only; anyone else gets "not found", as for no view', async () => {
    const rename = 'mutation($id: ID!, $name: String!) { renameView(id: $id, name: $name) { id name } }';
    const del = 'mutation($id: ID!) { deleteView(id: $id) { id } }';
    for (const [query, vars] of [
      [rename, { id, name: '乗っ取り' }],
      [del, { id }],
    ] as const) {
      const theirs = await refused(other, query, vars);
      const none = await refused(other, query, { ...vars, id: 'view-none' });
      expect(theirs.extensions?.code).toBe('NOT_FOUND');
      expect(theirs.message.replace(id, 'X')).toBe(none.message.replace('view-none', 'X'));
    }
    expect((await owner.gql(rename, { id, name: '改名した図' })).data!.renameView).toEqual({ id, name: '改名した図' });
    const second = (await owner.gql(SAVE, { input: { name: '二つ目', state: '', positions: [] } })).data!.saveView;
    expect((await owner.gql(del, { id: second.id })).data!.deleteView).toEqual({ id: second.id });
    expect((await owner.gql('{ savedViews { name } }')).data!.savedViews).toEqual([{ name: '改名した図' }]);
  });

  it('refuses bad input with its field, and saves nothing', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ name: '  ' }, 'input.name', /must not be empty/],
      [{ name: 'あ'.repeat(101) }, 'input.name', /at most 100/],
      [{ state: 'node=Person:sv1' }, 'input.state', /starting with \?/],
      [{ state: `?${'x'.repeat(4000)}` }, 'input.state', /at most 4000/],
      [
        { positions: Array.from({ length: 5001 }, (_, i) => ({ key: `Person:x${i}`, x: i, y: 0 })) },
        'input.positions',
        /at most 5000/,
      ],
      [
        { positions: [{ key: 'Person:nobody', x: 0, y: 0 }] },
        'input.positions.0.key',
        /no node with key "Person:nobody"/,
      ],
      [{ positions: [{ key: 'not a key', x: 0, y: 0 }] }, 'input.positions.0.key', /node key/],
      [{ positions: [POSITIONS[1], POSITIONS[1]] }, 'input.positions.1.key', /listed twice/],
      [{ state: '?node=Person:nobody' }, 'input.state', /no node with key "Person:nobody"/],
    ];
    for (const [patch, field, message] of cases) {
      const error = await refused(owner, SAVE, { input: { name: '図', state: '', positions: [], ...patch } });
      expect(error.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(error.message, field).toMatch(new RegExp(`^${field.replace(/\./g, '\\.')}`));
      expect(error.message, field).toMatch(message);
    }
    // A person the saver may not see is unknown to them, like one that does not exist.
    const hidden = await refused(other, SAVE, {
      input: { name: '図', state: '', positions: [{ key: 'Person:sv2', x: 0, y: 0 }] },
    });
    expect(hidden.message).toBe('input.positions.0.key: no node with key "Person:sv2"');
    const intro = await refused(other, SAVE, {
      input: { name: '図', state: '', positions: [], introduction: { from: 'Person:sv1', to: 'Person:sv2' } },
    });
    expect(intro.message).toBe('input.introduction.to: no node with key "Person:sv2"');
  });

  it('keeps at most 200 views per account and says so when a 201st is saved', async () => {
    const crowded = await suite.api.as('crowded@views.example.org');
    await suite.db.write((tx) => tx.run('test-saved-views-fill', { email: 'crowded@views.example.org', count: 199 }));
    const last = await crowded.gql(SAVE, { input: { name: '200番目', state: '?node=Person:sv1', positions: [] } });
    expect(last.errors).toBeUndefined();
    const before = (await crowded.gql('{ savedViews { id } }')).data!.savedViews as unknown[];
    expect(before).toHaveLength(200);
    const over = await crowded.gql(SAVE, { input: { name: '201番目', state: '?node=Person:sv1', positions: [] } });
    expect(over.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(over.errors?.[0]?.message).toMatch(/200 saved views: delete one/);
    expect((await crowded.gql('{ savedViews { id } }')).data!.savedViews).toEqual(before);
    // Deleting one makes room again.
    const gone = await crowded.gql('mutation { deleteView(id: "view-fill-1") { id } }');
    expect(gone.errors).toBeUndefined();
    const again = await crowded.gql(SAVE, { input: { name: '201番目', state: '?node=Person:sv1', positions: [] } });
    expect(again.errors).toBeUndefined();
  });

  it('is in the audit log in words the log page knows', async () => {
    const log = (await ok('{ auditLog { action } }')).auditLog as { action: string }[];
    const actions = new Set(log.map((e) => e.action));
    expect([...actions].filter((a) => /View$/.test(a)).sort()).toEqual([
      'Mutation.deleteView',
      'Mutation.renameView',
      'Mutation.saveView',
    ]);
  });
});

describe('the map on a past day (asOf)', () => {
  const MAP = `query($asOf: Date, $depth: Int) { neighbourhood(ids: ["Organisation:svo"], depth: $depth, asOf: $asOf) {
    nodes { key depth } edges { key } } }`;
  const keys = async (asOf: string | null, depth = 1) => {
    const map = (await ok(MAP, { asOf, depth })).neighbourhood;
    return {
      nodes: (map.nodes as { key: string }[]).map((n) => n.key).sort(),
      edges: (map.edges as { key: string }[]).map((e) => e.key).sort(),
    };
  };

  it('shows memberships from since until the day before until', async () => {
    // (The hidden sv2 is not on this reader's map at all.)
    expect((await keys(null)).nodes).toEqual(['Organisation:svo', 'Person:sv1', 'Person:sv3', 'Person:sv4']);
    expect((await keys('2020-12-31')).nodes).toEqual(['Organisation:svo', 'Person:sv1']);
    expect((await keys('2019-12-31')).nodes).toEqual(['Organisation:svo', 'Person:sv1', 'Person:sv4']);
    expect((await keys('2014-12-31')).nodes).toEqual(['Organisation:svo', 'Person:sv4']);
  });

  it('shows ties from their last contact and projects from their start, walked again from the centre', async () => {
    const y2019 = await keys('2019-12-31', 2);
    expect(y2019.nodes).toEqual(['Organisation:svo', 'Person:sv1', 'Person:sv4', 'Project:svj-old']);
    expect(y2019.edges).toContain('KNOWS:Person:sv1->Person:sv4');
    const y2023 = await keys('2023-12-31', 2);
    // sv3 is a member by then (depth 1); the 2024 tie does not exist yet; the 2023 project does.
    expect(y2023.nodes).toContain('Project:svj-new');
    expect(y2023.edges).not.toContain('KNOWS:Person:sv1->Person:sv3');
    expect((await keys('2024-12-31', 2)).edges).toContain('KNOWS:Person:sv1->Person:sv3');
  });

  it('refuses a day that is not one', async () => {
    const res = await suite.api.gql(MAP, { asOf: '2020-02-30', depth: 1 });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
