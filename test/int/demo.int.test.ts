/**
 * The demo network loaded into the real Neo4j: known answers through the GraphQL API, privacy
 * rules over the whole network, and `npm run seed` semantics (replace the demo data, nothing else).
 */
import { describe, expect, it } from 'vitest';
import { loadDemo, loadDemoIfEmpty } from '../../server/demo.ts';
import { DEMO_FIXTURES, demoDataset } from '../../seed/demo/index.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { snapshot, wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  expect(await loadDemoIfEmpty(db)).toBe(true);
});
const { ok } = suite;

const hidden = new Set<string>(DEMO_FIXTURES.hiddenPersonIds.map((id) => `Person:${id}`));
const privatePairs = new Set(
  DEMO_FIXTURES.privateTies.map(([a, b]) => [`Person:${a}`, `Person:${b}`].sort().join('|')),
);

describe('the demo network', () => {
  it('is loaded whole: stats match the dataset', async () => {
    const { stats } = await ok(
      `{ stats { people discoverablePeople organisations skills projects ties visibleTies memberships skillHoldings participations needs } }`,
    );
    expect(stats).toEqual({
      people: demoDataset.people.length,
      discoverablePeople: demoDataset.people.filter((p) => p.discoverable !== false).length,
      organisations: demoDataset.organisations.length,
      skills: demoDataset.skills.length,
      projects: demoDataset.projects.length,
      ties: demoDataset.ties.length,
      visibleTies: demoDataset.ties.filter((t) => t.visibility !== 'private').length,
      memberships: demoDataset.memberships.length,
      skillHoldings: demoDataset.skillHoldings.length,
      participations: demoDataset.participations.length,
      needs: demoDataset.needs.length,
    });
  });

  it('finds a person by kanji, kana and romaji', async () => {
    const { id, name, nameKana, nameLatin } = DEMO_FIXTURES.aPersonWithKana;
    for (const text of [name, nameKana, nameLatin, nameLatin.toLowerCase().replace(' ', '')]) {
      const res = await ok(`query($text: String!) { search(text: $text, kinds: [PERSON]) { nodes { node { id } } } }`, {
        text,
      });
      expect(res.search.nodes[0]?.node.id, text).toBe(id);
    }
  });

  it('shows an STO working across 3–4 NPOs', async () => {
    const sto = DEMO_FIXTURES.stoIds[0];
    const res = await ok(
      `{ person(id: "${sto}") { memberships(first: 10) { nodes { role organisation { sector } } } } }`,
    );
    const npoRoles = res.person.memberships.nodes.filter(
      (m: { role: string; organisation: { sector: string } }) =>
        m.role === DEMO_FIXTURES.stoRole && m.organisation.sector === 'NPO',
    );
    expect(npoRoles.length).toBeGreaterThanOrEqual(3);
    expect(npoRoles.length).toBeLessThanOrEqual(4);
  });

  it('lists the needs of an NPO and the narrower skills of CRM', async () => {
    const res = await ok(`{ organisation(id: "${DEMO_FIXTURES.npoWithNeeds}") { needs { nodes { skill { id } } } }
      skill(id: "${DEMO_FIXTURES.skillWithNarrower}") { narrower { id } } }`);
    expect(res.organisation.needs.nodes.map((n: { skill: { id: string } }) => n.skill.id).sort()).toEqual(
      [...DEMO_FIXTURES.npoNeedSkills].sort(),
    );
    expect(res.skill.narrower.map((s: { id: string }) => s.id)).toContain(DEMO_FIXTURES.narrowerSkill);
  });

  it('never shows hidden people or private ties, from any connector, at any depth', async () => {
    for (const id of DEMO_FIXTURES.connectorIds) {
      const res = await ok(
        `{ neighbourhood(ids: ["Person:${id}"], depth: 3, limit: 5000) { truncated nodes { key } edges { source target type } } }`,
      );
      const g = res.neighbourhood;
      expect(g.nodes.length).toBeGreaterThan(20);
      for (const n of g.nodes) expect(hidden.has(n.key), n.key).toBe(false);
      for (const e of g.edges) {
        if (e.type === 'KNOWS') expect(privatePairs.has([e.source, e.target].sort().join('|'))).toBe(false);
      }
    }
  });

  it('reloads idempotently and replaces only the demo data', async () => {
    await ok(`mutation { createPerson(input: { id: "mine", name: "利用者 自身" }) { id } }`);
    await ok(`mutation { updatePerson(id: "${DEMO_FIXTURES.aPersonWithKana.id}", patch: { bio: "edited" }) { id } }`);
    await loadDemo(suite.db);
    const once = await snapshot(suite.db);
    await loadDemo(suite.db);
    expect(await snapshot(suite.db)).toEqual(once);
    const res = await ok(
      `{ mine: person(id: "mine") { name } demo: person(id: "${DEMO_FIXTURES.aPersonWithKana.id}") { bio } }`,
    );
    expect(res.mine).toEqual({ name: '利用者 自身' });
    expect(res.demo.bio).not.toBe('edited');
    expect(await loadDemoIfEmpty(suite.db)).toBe(false);
  });
});
