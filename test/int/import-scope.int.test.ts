/**
 * Imports by an organisation's owner, through the API: the bundle may make exactly the writes an
 * editor of that organisation could make one at a time, and nothing of another organisation —
 * even when the owner edits that other organisation too (the import is for one). Rows that go
 * further are `not-permitted` errors and nothing is written; a hidden person of another
 * organisation is answered as an unknown id; the owner's own export imports back unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

let db: Db;
let admin: Api;
let owner: Api;

const CHUNK = `mutation ($id: ID, $name: String!, $data: String!, $org: ID) {
  uploadImportChunk(uploadId: $id, fileName: $name, base64: $data, organisationId: $org) { id }
}`;
const RUN = `mutation ($id: ID!, $options: ImportOptions!, $org: ID) {
  runImport(uploadId: $id, options: $options, organisationId: $org) {
    ok committed errorCount skippedRows
    issues(first: 1000) { code file line column messageEn messageJa }
    counts { section valid skipped created updated }
  }
}`;

interface Report {
  ok: boolean;
  committed: boolean;
  errorCount: number;
  skippedRows: number;
  issues: { code: string; file: string; line: number; column: string; messageEn: string; messageJa: string }[];
  counts: { section: string; valid: number; skipped: number; created: number; updated: number }[];
}

async function upload(api: Api, org: string | null, files: Record<string, string | Uint8Array>): Promise<string> {
  let id: string | null = null;
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content).toString('base64');
    const res = await api.gql(CHUNK, { id, name, data, org });
    expect(res.errors).toBeUndefined();
    id = res.data!.uploadImportChunk.id as string;
  }
  return id!;
}

async function run(api: Api, org: string | null, id: string, dryRun: boolean, skipInvalid = false): Promise<Report> {
  const res = await api.gql(RUN, { id, org, options: { dryRun, skipInvalid } });
  expect(res.errors).toBeUndefined();
  return res.data!.runImport as Report;
}

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  admin = await startApi(db);
  const setup = await admin.gql(`mutation {
    a: createOrganisation(input: { id: "org-a", name: "団体A", sector: NPO }) { id }
    b: createOrganisation(input: { id: "org-b", name: "団体B", sector: NPO }) { id }
    c: createOrganisation(input: { id: "org-c", name: "団体C", sector: NPO }) { id }
    a1: createPerson(input: { id: "a1", name: "会員 一" }) { id }
    a2: createPerson(input: { id: "a2", name: "会員 二", discoverable: false }) { id }
    b1: createPerson(input: { id: "b1", name: "別 一" }) { id }
    b2: createPerson(input: { id: "b2", name: "別 二" }) { id }
    bh: createPerson(input: { id: "bh", name: "別 隠", discoverable: false }) { id }
    bh2: createPerson(input: { id: "bh2", name: "別 隠二", discoverable: false }) { id }
    s1: createSkill(input: { id: "s1", nameJa: "会計" }) { id }
    ja: createProject(input: { id: "proj-a", name: "事業A" }) { id }
    jb: createProject(input: { id: "proj-b", name: "事業B" }) { id }
    ma1: createMembership(input: { personId: "a1", organisationId: "org-a" }) { since }
    ma2: createMembership(input: { personId: "a2", organisationId: "org-a" }) { since }
    mb1: createMembership(input: { personId: "b1", organisationId: "org-b" }) { since }
    mb2: createMembership(input: { personId: "b2", organisationId: "org-b" }) { since }
    mbh: createMembership(input: { personId: "bh", organisationId: "org-b" }) { since }
    mbh2: createMembership(input: { personId: "bh2", organisationId: "org-b" }) { since }
    la: createProjectOrganisation(input: { organisationId: "org-a", projectId: "proj-a", role: LEAD }) { role }
    lb: createProjectOrganisation(input: { organisationId: "org-b", projectId: "proj-b", role: LEAD }) { role }
  }`);
  expect(setup.errors).toBeUndefined();
  for (const [org, role] of [
    ['org-a', 'OWNER'],
    ['org-b', 'EDITOR'],
    ['org-c', 'OWNER'],
  ])
    expect(
      (
        await admin.gql(
          `mutation { setOrganisationRole(organisationId: "${org}", email: "owner-a@example.org", role: ${role}) { email } }`,
        )
      ).errors,
    ).toBeUndefined();
  owner = await admin.as('owner-a@example.org');
});

afterAll(async () => {
  await owner?.close();
  await admin?.close();
  await db?.close();
});

describe("an organisation owner's import", () => {
  it('refuses every row that touches another organisation, and writes nothing', async () => {
    const before = await snapshot(db);
    const id = await upload(owner, 'org-a', {
      'people.csv': csv('id,name', 'b1,別 一 (changed)', 'bh,別 隠 (changed)', 'a1,会員 一'),
      // org-c is owned by the same account, but the import is for org-a.
      'organisations.csv': csv('id,name,sector', 'org-c,団体C (changed),npo'),
      'projects.csv': csv('id,name,lead_organisation_id', 'proj-b,事業B (changed),org-b', 'proj-new,新事業,org-b'),
      'memberships.csv': csv('person_id,organisation_id', 'a2,org-a', 'a1,org-b'),
      'ties.csv': csv('person_id,other_person_id,strength', 'a1,bh2,3', 'a1,nobody-at-all,3', 'b2,a2,3'),
      'needs.csv': csv('organisation_id,skill_id,priority', 'org-b,s1,3'),
      'person_skills.csv': csv('person_id,skill_id,level', 'b2,s1,3'),
    });
    for (const dryRun of [true, false]) {
      const report = await run(owner, 'org-a', id, dryRun);
      expect(report).toMatchObject({ ok: false, committed: false });
      const at = (file: string, line: number) => report.issues.filter((i) => i.file === file && i.line === line);
      // Another organisation's member, hidden or not, is refused alike: an id in use, nothing more.
      const [visible] = at('people.csv', 2);
      const [hidden] = at('people.csv', 3);
      expect(visible).toMatchObject({ code: 'not-permitted', column: 'id' });
      expect(hidden).toMatchObject({ code: 'not-permitted', column: 'id' });
      expect(hidden!.messageEn.replace('"bh"', '"b1"')).toBe(visible!.messageEn);
      expect(hidden!.messageJa).toContain('この団体が管理していない記録です');
      expect(at('people.csv', 4)).toEqual([]); // its own member, unchanged: fine
      expect(at('organisations.csv', 2)[0]).toMatchObject({ code: 'not-permitted' });
      expect(at('projects.csv', 2)[0]).toMatchObject({ code: 'not-permitted', column: 'id' });
      // A new project may be added, but not led by an organisation the import is not for.
      expect(at('projects.csv', 3)[0]).toMatchObject({ code: 'not-permitted', column: 'lead_organisation_id' });
      // The organisation's memberships are an owner's to write; another organisation's are not.
      expect(at('memberships.csv', 2)).toEqual([]);
      expect(at('memberships.csv', 3)[0]).toMatchObject({ code: 'not-permitted' });
      // A hidden person of another organisation answers exactly as an id that does not exist.
      const [toHidden] = at('ties.csv', 2);
      const [toNobody] = at('ties.csv', 3);
      expect(toHidden).toMatchObject({ code: 'unknown-reference', column: 'other_person_id' });
      expect(toHidden!.messageEn.replace('"bh2"', '"nobody-at-all"')).toBe(toNobody!.messageEn);
      expect(toHidden!.messageJa.replace('「bh2」', '「nobody-at-all」')).toBe(toNobody!.messageJa);
      // A tie with the organisation's own (hidden) member is ours to record.
      expect(at('ties.csv', 4)).toEqual([]);
      expect(at('needs.csv', 2)[0]).toMatchObject({ code: 'not-permitted' });
      expect(at('person_skills.csv', 2)[0]).toMatchObject({ code: 'not-permitted' });
      expect(report.errorCount).toBe(10);
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('imports new records and its own, and skips the rest when asked', async () => {
    const id = await upload(owner, 'org-a', {
      'people.csv': csv('id,name,bio', 'n1,新 会員,', 'a1,会員 一,理事', 'a2,会員 二,経理', 'b1,別 一,変更'),
      'organisations.csv': csv('id,name,sector', 'org-a,団体A,npo', 'org-new,新しい協力団体,company'),
      'skills.csv': csv('id,name_ja', 'skill-new,助成金申請'),
      'projects.csv': csv('id,name,lead_organisation_id', 'proj-a,事業A,org-a', 'proj-a2,事業A2,org-a'),
      'memberships.csv': csv('person_id,organisation_id,role', 'n1,org-a,会員', 'b1,org-a,協力'),
      'ties.csv': csv('person_id,other_person_id,strength', 'n1,a1,4', 'a1,b1,3', 'b1,bh,5'),
      'person_skills.csv': csv('person_id,skill_id,level', 'n1,skill-new,4', 'a1,s1,3'),
      'project_members.csv': csv('person_id,project_id', 'n1,proj-a2'),
      'needs.csv': csv('organisation_id,skill_id,priority', 'org-a,skill-new,5'),
    });
    const dry = await run(owner, 'org-a', id, true);
    expect(dry.ok).toBe(false);
    // b1 joins org-a in the same file, so the owner may change b1's record and ties (as a
    // membership followed by an edit would); only b1's tie with a hidden stranger is refused.
    expect(dry.issues.map((i) => `${i.file}:${i.line}:${i.code}`)).toEqual(['ties.csv:4:unknown-reference']);
    const report = await run(owner, 'org-a', id, false, true);
    expect(report).toMatchObject({ ok: true, committed: true, skippedRows: 1 });
    const check = await owner.gql(`{
      n1: person(id: "n1") { name memberships { nodes { organisation { id } } } }
      a2: person(id: "a2") { bio }
      b1: person(id: "b1") { bio memberships { nodes { organisation { id } } } }
      org: organisation(id: "org-new") { name }
      project: project(id: "proj-a2") { organisations { nodes { organisation { id } role } } }
    }`);
    expect(check.errors).toBeUndefined();
    expect(check.data).toMatchObject({
      n1: { name: '新 会員', memberships: { nodes: [{ organisation: { id: 'org-a' } }] } },
      a2: { bio: '経理' },
      b1: { bio: '変更' },
      org: { name: '新しい協力団体' },
      project: { organisations: { nodes: [{ organisation: { id: 'org-a' }, role: 'LEAD' }] } },
    });
    const b1 = check.data!.b1 as { memberships: { nodes: { organisation: { id: string } }[] } };
    expect(b1.memberships.nodes.map((m) => m.organisation.id).sort()).toEqual(['org-a', 'org-b']);
  });

  it("answers an upload as unknown for another organisation or the whole network, and logs the import for the organisation's owners", async () => {
    const id = await upload(owner, 'org-a', { 'skills.csv': csv('id,name_ja', 'skill-x,広報') });
    // Another organisation the account owns too: as if the upload did not exist. One it only
    // edits, or the whole network: not for this account at all.
    const answers = [];
    for (const org of ['org-c', 'org-b', null])
      answers.push((await owner.gql(RUN, { id, org, options: { dryRun: true } })).errors?.[0]?.extensions?.code);
    expect(answers).toEqual(['NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN']);
    // The administrator, for the whole network, does not see the owner's upload either.
    const other = await admin.gql(RUN, { id, org: null, options: { dryRun: true } });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const progress = await owner.gql(
      'query ($id: ID!) { importProgress(uploadId: $id, organisationId: "org-a") { state } }',
      { id },
    );
    expect(progress.data?.importProgress).toEqual({ state: 'UPLOADED' });
    expect((await run(owner, 'org-a', id, false)).committed).toBe(true);
    const audit = await owner.gql('{ auditLog(organisationId: "org-a") { action } }');
    expect((audit.data!.auditLog as { action: string }[]).map((e) => e.action)).toContain('Mutation.runImport');
    const unknown = await admin.gql(RUN, {
      id: await upload(admin, 'no-such-org', { 'skills.csv': csv('id,name_ja', 'skill-y,広報') }),
      org: 'no-such-org',
      options: { dryRun: true },
    });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'organisationId' } });
  });

  it("imports the organisation's own export back with nothing refused and nothing changed", async () => {
    const res = await owner.gql('{ exportData(format: CSV_ZIP, organisationId: "org-a") { contentBase64 } }');
    expect(res.errors).toBeUndefined();
    const zip = Buffer.from(res.data!.exportData.contentBase64 as string, 'base64');
    const before = await snapshot(db);
    const id = await upload(owner, 'org-a', { 'org-a.zip': new Uint8Array(zip) });
    const report = await run(owner, 'org-a', id, false);
    expect(report.issues.filter((i) => i.code === 'not-permitted')).toEqual([]);
    expect(report).toMatchObject({ ok: true, committed: true });
    expect(report.counts.reduce((n, c) => n + c.created + c.updated, 0)).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });
});
