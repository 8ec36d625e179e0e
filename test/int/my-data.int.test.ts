/**
 * A person's rights over their data: "My data" shows and downloads everything stored about them,
 * private ties included, and erasure leaves no trace — a canary planted in every field they own is
 * searched for afterwards in every node and relationship property (bookkeeping included), in the
 * in-memory network's answers, in search, in an export and in the import uploads waiting on disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadDirectory } from '../../server/features/data/import/uploads.ts';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

let db: Db;
let admin: Api;
const CANARY = 'CANARY7Q';

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  // Accounts outlive a wipe; "the last administrator" must be this file's own.
  await db.autoCommit('test-wipe-accounts');
  admin = await startApi(db);
  const res = await admin.gql(`mutation {
    o: createOrganisation(input: { id: "o1", name: "こどもネット", sector: NPO }) { id }
    s: createSkill(input: { id: "s1", nameJa: "会計", nameEn: "Accounting" }) { id }
    a: createPerson(input: { id: "p1", name: "田中 花子" }) { id }
    b: createPerson(input: { id: "p2", name: "佐藤 健" }) { id }
    c: createPerson(input: { id: "pc", name: "鳥 ${CANARY}", nameKana: "とり", nameLatin: "Tori ${CANARY}",
         bio: "bio ${CANARY}", email: "canary@example.org" }) { id }
    m: createMembership(input: { personId: "pc", organisationId: "o1", role: "role ${CANARY}" }) { since }
    h: createSkillHolding(input: { personId: "pc", skillId: "s1", level: 4 }) { level }
    t1: createTie(input: { personId: "pc", otherPersonId: "p1", strength: 4, context: "private ${CANARY}", visibility: PRIVATE }) { strength }
    t2: createTie(input: { personId: "pc", otherPersonId: "p2", strength: 5, context: "public ${CANARY}" }) { strength }
    t3: createTie(input: { personId: "p1", otherPersonId: "p2", strength: 2 }) { strength }
  }`);
  expect(res.errors).toBeUndefined();
});
afterAll(async () => {
  await admin?.close();
  await db?.close();
});

const everything = async () => JSON.stringify(await db.read((tx) => tx.run('test-all-properties')));

/** Every file (names and bytes) in the upload folder. */
function uploadedText(): string {
  const dir = uploadDirectory();
  if (!fs.existsSync(dir)) return '';
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.name}\n${fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')}`)
    .join('\n');
}

describe('my data', () => {
  it('shows the signed-in person everything stored about them, private ties and contact address included', async () => {
    const me = await admin.as('canary@example.org');
    // A saved view of the map belongs to the account: it is in the download, and goes with it.
    const view = await me.gql(
      `mutation { saveView(input: { name: "view ${CANARY}", state: "?node=Person:pc", positions: [{ key: "Person:pc", x: 1, y: 2 }] }) { id } }`,
    );
    expect(view.errors).toBeUndefined();
    const res = await me.gql('{ myData }');
    expect(res.errors).toBeUndefined();
    const data = JSON.parse(res.data!.myData as string);
    expect(data.account).toEqual({
      email: 'canary@example.org',
      administrator: false,
      roles: {},
      savedViews: [
        expect.objectContaining({ name: `view ${CANARY}`, link: '?node=Person:pc', positions: [['Person:pc', 1, 2]] }),
      ],
    });
    expect(data.person).toMatchObject({ id: 'pc', email: 'canary@example.org', bio: `bio ${CANARY}` });
    expect(data.memberships).toEqual([
      expect.objectContaining({
        organisationId: 'o1',
        properties: expect.objectContaining({ role: `role ${CANARY}` }),
      }),
    ]);
    expect(data.skills).toEqual([expect.objectContaining({ skillId: 's1', properties: { level: 4 } })]);
    expect(
      data.ties.map((t: { personId: string; properties: { visibility: string } }) => [
        t.personId,
        t.properties.visibility,
      ]),
    ).toEqual([
      ['p1', 'private'],
      ['p2', 'public'],
    ]);
  });

  it('refuses an erasure without the right confirmation and changes nothing', async () => {
    const me = await admin.as('canary@example.org');
    const before = await snapshot(db);
    const res = await me.gql('mutation { eraseMe(confirmEmail: "someone@example.org") }');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshot(db)).toEqual(before);
  });

  it('erases the person and account leaving no trace anywhere', async () => {
    const me = await admin.as('canary@example.org');
    // An upload waiting on disk (as an owner of o1: imports are owners'), its name and content personal.
    const role = await admin.gql(
      'mutation { setOrganisationRole(organisationId: "o1", email: "canary@example.org", role: OWNER) { email } }',
    );
    expect(role.errors).toBeUndefined();
    const upload = await me.gql(
      'mutation ($data: String!) { uploadImportChunk(fileName: "list-CANARY7Q.csv", base64: $data, organisationId: "o1") { id } }',
      { data: Buffer.from(`id,name\npx,${CANARY}\n`).toString('base64') },
    );
    expect(upload.errors).toBeUndefined();
    expect(uploadedText()).toContain(CANARY);
    // The in-memory network holds the canary before: an answer names them from memory.
    const warm = await admin.gql(
      '{ introductions(from: { personId: "p1" }, to: { personId: "pc" }) { paths { people { name } } } }',
    );
    expect(JSON.stringify(warm.data)).toContain(CANARY);
    expect(await everything()).toContain(CANARY);

    const erased = await me.gql('mutation { eraseMe(confirmEmail: "Canary@Example.org") }');
    expect(erased.errors).toBeUndefined();
    expect(erased.data!.eraseMe).toBe(true);

    const stored = await everything();
    expect(stored).not.toContain(CANARY);
    expect(uploadedText()).not.toContain(CANARY);
    expect(stored).not.toContain('canary@example.org');
    expect(await me.gql('{ me { email } }')).toEqual({ data: { me: null } });

    const gone = await admin.gql('{ introductions(from: { personId: "p1" }, to: { personId: "pc" }) { reach } }');
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const search = await admin.gql(`{ search(text: "${CANARY}") { totalCount } }`);
    expect(search.data!.search.totalCount).toBe(0);
    const neighbours = await admin.gql(
      '{ introductions(from: { personId: "p1" }, to: { personId: "p2" }) { paths { people { name } } } }',
    );
    expect(JSON.stringify(neighbours)).not.toContain(CANARY);
    const exported = await admin.gql('{ exportData(format: JSON) { contentBase64 } }');
    const file = Buffer.from(exported.data!.exportData.contentBase64 as string, 'base64').toString('utf8');
    expect(file).toContain('田中 花子');
    expect(file).not.toContain(CANARY);
  });

  it('keeps the last administrator', async () => {
    const res = await admin.gql('mutation { eraseMe(confirmEmail: "admin@tests.example.org") }');
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await admin.gql('{ me { administrator } }')).data!.me.administrator).toBe(true);
  });
});
