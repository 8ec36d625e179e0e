/**
 * The read-only public demo (TSUNAGARI_PUBLIC_DEMO): off by default; when on, an anonymous visitor
 * reads what an account with no person and no role reads — discoverable people, PUBLIC ties — and
 * can write, import, export or open account pages no more than before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

let db: Db;
let closed: Api;
let demo: Api;
let visitor: Api;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  closed = await startApi(db);
  demo = await startApi(db, { http: { publicDemo: true } });
  visitor = await demo.as(null);
  const res = await closed.gql(`mutation {
    o: createOrganisation(input: { id: "o1", name: "こどもネット", sector: NPO }) { id }
    a: createPerson(input: { id: "a", name: "公開 一郎" }) { id }
    b: createPerson(input: { id: "b", name: "公開 二郎" }) { id }
    c: createPerson(input: { id: "c", name: "公開 三郎" }) { id }
    h: createPerson(input: { id: "h", name: "非公開 花子", discoverable: false }) { id }
    m: createMembership(input: { personId: "a", organisationId: "o1" }) { since }
    t1: createTie(input: { personId: "a", otherPersonId: "b", strength: 4, context: "public-tie" }) { strength }
    t2: createTie(input: { personId: "b", otherPersonId: "c", strength: 4, context: "org-tie", visibility: ORGANISATION }) { strength }
    t3: createTie(input: { personId: "a", otherPersonId: "c", strength: 5, context: "private-tie", visibility: PRIVATE }) { strength }
    t4: createTie(input: { personId: "a", otherPersonId: "h", strength: 5, context: "hidden-tie" }) { strength }
  }`);
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await closed?.close();
  await demo?.close();
  await db?.close();
});

describe('the public demo', () => {
  it('is off by default: an anonymous search is refused', async () => {
    const res = await (
      await closed.as(null)
    ).post(JSON.stringify({ query: '{ search(text: "公開") { totalCount } }' }));
    expect(res.status).toBe(401);
    const options = (await (await fetch(`${closed.origin}/auth/options`)).json()) as { publicDemo: boolean };
    expect(options.publicDemo).toBe(false);
  });

  it('lets a visitor read what every account sees, and nothing more', async () => {
    const options = (await (await fetch(`${demo.origin}/auth/options`)).json()) as { publicDemo: boolean };
    expect(options.publicDemo).toBe(true);
    const search = await visitor.gql('{ search(text: "公開", first: 10) { nodes { node { ... on Person { id } } } } }');
    expect(search.errors).toBeUndefined();
    expect(search.data!.search.nodes.map((n: { node: { id: string } }) => n.node.id).sort()).toEqual(['a', 'b', 'c']);
    const map = await visitor.gql(
      '{ neighbourhood(ids: ["Person:a", "Person:c"], depth: 2) { nodes { key } edges { key } } }',
    );
    expect(map.errors).toBeUndefined();
    const edges = (map.data!.neighbourhood.edges as { key: string }[])
      .map((e) => e.key)
      .filter((k) => k.startsWith('KNOWS'));
    expect(edges).toEqual(['KNOWS:Person:a->Person:b']);
    expect(JSON.stringify(map.data)).not.toContain('Person:h');
    // The person page lists only the public tie too.
    const page = await visitor.gql('{ person(id: "a") { ties { nodes { context } } } }');
    expect(JSON.stringify(page.data)).toContain('public-tie');
    for (const secret of ['org-tie', 'private-tie', 'hidden-tie'])
      expect(JSON.stringify(page.data)).not.toContain(secret);
    // Only the public tie a–b is usable: c cannot be reached from a.
    const intro = await visitor.gql('{ introductions(from: { personId: "a" }, to: { personId: "c" }) { reach } }');
    expect(intro.data!.introductions.reach).toBe('UNREACHABLE');
    const me = await visitor.gql('{ me { email } }');
    expect(me.data!.me).toBeNull();
  });

  it('refuses a visitor every write, export, import and account page, and changes nothing', async () => {
    const before = await snapshot(db);
    for (const query of [
      'mutation { createPerson(input: { name: "x" }) { id } }',
      'mutation { updatePerson(id: "a", patch: { bio: "x" }) { id } }',
      'mutation { startNetworkAnalysis { id } }',
      'mutation { uploadImportChunk(fileName: "a.json", base64: "e30=") { id } }',
      '{ exportData(format: JSON) { bytes } }',
      '{ myData }',
      '{ editRights(key: "Person:a") { edit } }',
      '{ auditLog { action } }',
      '{ search(text: "公開") { totalCount } myData }',
    ]) {
      const res = await visitor.post(JSON.stringify({ query }));
      expect(res.status, query).toBe(401);
    }
    expect(await snapshot(db)).toEqual(before);
  });
});
