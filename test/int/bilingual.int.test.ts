/**
 * English versions of bios, project names and descriptions and tie contexts (issue 16, item 7):
 * stored and returned through the API, validated like their primary field, found by search (a
 * project's English name), written to `*_en` columns by the export and read back by the import.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { collectExport, toCsvFiles } from '../../server/features/data/export/index.ts';
import { importBundle } from '../../server/features/data/import/index.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const suite = apiSuite();
const { ok, rejected } = suite;

const PERSON = 'id name bio bioEn';
const PROJECT = 'id name nameEn description descriptionEn';
const TIE = 'person { id } other { id } context contextEn';

async function seedRecords() {
  await ok(`mutation {
    a: createPerson(input: { id: "b1", name: "田中 花子", bio: "子ども食堂の代表", bioEn: "Runs a children's cafeteria" }) { id }
    b: createPerson(input: { id: "b2", name: "佐藤 健一", bio: "復興支援の代表" }) { id }
    j: createProject(input: { id: "bj1", name: "復興公営住宅のコミュニティづくり",
      nameEn: "Community building in public recovery housing", description: "住民どうしの交流を支えた",
      descriptionEn: "Helped residents get to know each other" }) { id }
  }`);
  await ok(`mutation {
    w1: createParticipation(input: { personId: "b1", projectId: "bj1" }) { role }
    w2: createParticipation(input: { personId: "b2", projectId: "bj1" }) { role }
    t: createTie(input: { personId: "b1", otherPersonId: "b2", strength: 4, context: "2018年の「復興公営住宅のコミュニティづくり」で協働",
      contextEn: "Worked together on community building in public recovery housing (2018)" }) { strength }
  }`);
}

beforeEach(async () => {
  await wipe(suite.db);
  await seedRecords();
});

describe('English versions', () => {
  it('are stored and returned beside the primary text, and cleared with null', async () => {
    const read = await ok(`query {
      b1: person(id: "b1") { ${PERSON} ties { nodes { ${TIE} } } }
      b2: person(id: "b2") { ${PERSON} }
      bj1: project(id: "bj1") { ${PROJECT} }
    }`);
    expect(read.b1).toMatchObject({ bio: '子ども食堂の代表', bioEn: "Runs a children's cafeteria" });
    expect(read.b1.ties.nodes[0]).toMatchObject({
      context: '2018年の「復興公営住宅のコミュニティづくり」で協働',
      contextEn: 'Worked together on community building in public recovery housing (2018)',
    });
    expect(read.b2).toMatchObject({ bio: '復興支援の代表', bioEn: null });
    expect(read.bj1).toEqual({
      id: 'bj1',
      name: '復興公営住宅のコミュニティづくり',
      nameEn: 'Community building in public recovery housing',
      description: '住民どうしの交流を支えた',
      descriptionEn: 'Helped residents get to know each other',
    });

    const patched = await ok(`mutation {
      updateProject(id: "bj1", patch: { nameEn: null, descriptionEn: "Residents' community" }) { ${PROJECT} }
      updateTie(personId: "b2", otherPersonId: "b1", patch: { contextEn: "Colleagues" }) { context contextEn }
    }`);
    expect(patched.updateProject).toMatchObject({ nameEn: null, descriptionEn: "Residents' community" });
    expect(patched.updateTie).toEqual({
      context: '2018年の「復興公営住宅のコミュニティづくり」で協働',
      contextEn: 'Colleagues',
    });
  });

  it('a project is found by its English name', async () => {
    const found = await ok(`query { search(text: "recovery housing", kinds: [PROJECT]) { nodes { node { id } } } }`);
    expect(found.search.nodes.map((h: { node: { id: string } }) => h.node.id)).toEqual(['bj1']);
  });

  it.each([
    ['mutation { updatePerson(id: "b1", patch: { bioEn: "BIG" }) { id } }', 'patch.bioEn', 2000],
    ['mutation { updateProject(id: "bj1", patch: { nameEn: "BIG" }) { id } }', 'patch.nameEn', 200],
    ['mutation { updateProject(id: "bj1", patch: { descriptionEn: "BIG" }) { id } }', 'patch.descriptionEn', 5000],
    [
      'mutation { updateTie(personId: "b1", otherPersonId: "b2", patch: { contextEn: "BIG" }) { strength } }',
      'patch.contextEn',
      500,
    ],
  ])('too long is refused, naming the field: %s', async (query, field, max) => {
    const error = await rejected(query.replace('BIG', 'x'.repeat(max + 1)));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error.message).toContain(`at most ${max}`);
  });

  it('travel in *_en columns through export and import', async () => {
    const files = toCsvFiles(await collectExport(suite.db, { visibility: 'full' }));
    const text = (name: string) => new TextDecoder().decode(files.find((f) => f.name === name)!.bytes);
    expect(text('people.csv')).toContain('bio_en');
    expect(text('projects.csv').split('\n')[0]).toContain('name_en,description,description_en');
    expect(text('ties.csv').split('\n')[0]).toContain('context,context_en');

    await wipe(suite.db);
    const report = await importBundle(suite.db, files);
    expect(report.issues).toEqual([]);
    const read = await ok(`query {
      b1: person(id: "b1") { bioEn ties { nodes { contextEn } } }
      bj1: project(id: "bj1") { nameEn descriptionEn }
    }`);
    expect(read).toEqual({
      b1: {
        bioEn: "Runs a children's cafeteria",
        ties: { nodes: [{ contextEn: 'Worked together on community building in public recovery housing (2018)' }] },
      },
      bj1: {
        nameEn: 'Community building in public recovery housing',
        descriptionEn: 'Helped residents get to know each other',
      },
    });
  });

  it('an imported *_en cell is validated like its primary column', async () => {
    const csv = `id,name,bio,bio_en\nb3,山田 太郎,,${'x'.repeat(2001)}\n`;
    const report = await importBundle(suite.db, [{ name: 'people.csv', bytes: new TextEncoder().encode(csv) }]);
    expect(report.committed).toBe(false);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'invalid-value', column: 'bio_en', line: 2 }));
  });

  it('introductions explain a shared project and a declared tie in both languages', async () => {
    const answer = await ok(`query {
      introductions(from: { personId: "b1" }, to: { personId: "b2" }) {
        paths { people { id bioEn } hops { evidence { kind context contextEn project { name nameEn descriptionEn } } } }
      }
    }`);
    const evidence = answer.introductions.paths[0].hops[0].evidence;
    // Long texts come from the database only when asked for, in both languages.
    expect(answer.introductions.paths[0].people).toEqual([
      { id: 'b1', bioEn: "Runs a children's cafeteria" },
      { id: 'b2', bioEn: null },
    ]);
    expect(evidence).toContainEqual(
      expect.objectContaining({
        kind: 'DECLARED',
        context: '2018年の「復興公営住宅のコミュニティづくり」で協働',
        contextEn: 'Worked together on community building in public recovery housing (2018)',
      }),
    );
    expect(evidence).toContainEqual(
      expect.objectContaining({
        kind: 'PROJECT',
        project: {
          name: '復興公営住宅のコミュニティづくり',
          nameEn: 'Community building in public recovery housing',
          descriptionEn: 'Helped residents get to know each other',
        },
      }),
    );
  });
});
