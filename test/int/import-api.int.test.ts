/**
 * Import and export through GraphQL: chunked base64 uploads (each request under the 1 MB body
 * limit), a dry run that writes nothing, a real import, bad arguments rejected without changes,
 * and exports that follow the visibility rules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { startApi } from '../helpers/api.ts';
import { uploadDirectory } from '../../server/features/data/import/uploads.ts';
import { gexfErrors, graphmlErrors } from '../helpers/graph-schemas.ts';
import { snapshot, wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDemo(db);
});

const CHUNK = `mutation ($id: ID, $name: String!, $data: String!) {
  uploadImportChunk(uploadId: $id, fileName: $name, base64: $data) { id bytes files }
}`;
const RUN = `mutation ($id: ID!, $options: ImportOptions!) {
  runImport(uploadId: $id, options: $options) {
    ok committed dryRun errorCount skippedRows issueCount
    issues { severity code file line column messageEn messageJa }
    counts { section rows valid skipped created updated unchanged matched }
    files { file encoding }
  }
}`;

async function upload(files: Record<string, Uint8Array>, chunk = 64 * 1024): Promise<string> {
  let id: string | null = null;
  for (const [name, bytes] of Object.entries(files)) {
    for (let i = 0; i < Math.max(bytes.length, 1); i += chunk) {
      const data = Buffer.from(bytes.subarray(i, i + chunk)).toString('base64');
      const res = await suite.ok(CHUNK, { id, name, data });
      id = res.uploadImportChunk.id as string;
    }
  }
  return id!;
}

const fixture = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir).map((f) => [f, new Uint8Array(fs.readFileSync(path.join(dir, f)))] as const));
const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'import');

describe('uploads and imports', () => {
  it('a dry run reports problems with their lines and writes nothing; fixed, the import lands', async () => {
    const bad = new TextEncoder().encode('id,name,sector\nnew-org,新しい団体,charity\n');
    const id = await upload({ 'organisations.csv': bad });
    const before = await snapshot(suite.db);
    const dry = (await suite.ok(RUN, { id, options: { dryRun: true } })).runImport;
    expect(dry).toMatchObject({ ok: false, committed: false, errorCount: 1 });
    expect(dry.issues[0]).toMatchObject({
      code: 'invalid-value',
      file: 'organisations.csv',
      line: 2,
      column: 'sector',
    });
    expect(dry.issues[0].messageJa).toContain('次のいずれか');
    expect(await snapshot(suite.db)).toEqual(before);
    const good = await upload({
      'organisations.csv': new TextEncoder().encode('id,name,sector\nnew-org,新しい団体,npo\n'),
    });
    const done = (await suite.ok(RUN, { id: good, options: { dryRun: false } })).runImport;
    expect(done).toMatchObject({ ok: true, committed: true });
    expect((await suite.ok('{ stats { organisations } }')).stats.organisations).toBe(39);
  });

  it('a preset upload in many chunks (Shift_JIS kintone export)', async () => {
    const id = await upload(fixture(path.join(fixtures, 'kintone')), 300);
    // (One of its organisations may be a demo one: that is for matching's own tests, below.)
    const report = (await suite.ok(RUN, { id, options: { dryRun: true, preset: 'KINTONE', match: 'SURE' } })).runImport;
    expect(report).toMatchObject({ ok: true, files: [{ encoding: 'shift_jis' }] });
    // 中村 由美 is in the demo network under the same e-mail: matched, not created again.
    expect(report.counts.find((c: { section: string }) => c.section === 'people')).toMatchObject({
      rows: 6,
      created: 5,
      matched: 1,
    });
    const progress = await suite.ok('query ($id: ID!) { importProgress(uploadId: $id) { state } }', { id });
    expect(progress.importProgress.state).toBe('DONE');
  });

  it('rejects bad arguments without changing anything', async () => {
    const big = Buffer.alloc(512 * 1024 + 1).toString('base64');
    expect((await suite.rejected(CHUNK, { id: null, name: 'a.csv', data: '!!!' })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await suite.rejected(CHUNK, { id: null, name: '../a.csv', data: 'YQ==' })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await suite.rejected(CHUNK, { id: 'nope', name: 'a.csv', data: 'YQ==' })).extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await suite.rejected(RUN, { id: 'nope', options: {} })).extensions?.code).toBe('NOT_FOUND');
    // Over the API's 1 MB JSON limit: refused by HTTP before any resolver runs.
    const res = await suite.api.post(
      JSON.stringify({ query: CHUNK, variables: { id: null, name: 'a.csv', data: big + big } }),
    );
    expect(res.status).toBe(413);
    expect((await suite.rejected(RUN, { id: 'x', options: { preset: 'EXCEL' } })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('matching on import through the API', () => {
  const MATCH_RUN = `mutation ($id: ID!, $options: ImportOptions!) {
    runImport(uploadId: $id, options: $options) {
      ok committed errorCount
      issues { code severity messageEn }
      counts { section rows valid created updated unchanged matched }
      matches { kind importedId name targetId targetName targetStored score reasons status }
    }
  }`;
  // A kintone member list as the issue found it: the demo's own organisation and skill, written the
  // list's way, and a member whose name is a demo person's (without the e-mail that would be sure).
  const list = [
    '"レコード番号","氏名","氏名（ふりがな）","メールアドレス","所属団体","団体種別","都道府県","役職","スキル","公開設定","自己紹介"',
    '"101","新井 さくら","あらい さくら","sakura.arai@example.jp","特定非営利活動法人こどもごはんネット東京","NPO法人","東京都","会員","助成金申請","公開",""',
    '"102","田中 花子","タナカ ハナコ","","","","","","","公開",""',
  ].join('\n');

  it('uses sure matches, asks about possible ones, and imports one record per real thing once decided', async () => {
    await wipe(suite.db);
    await loadDemo(suite.db);
    const id = await upload({ '会員名簿.csv': new TextEncoder().encode(`${list}\n`) });
    const before = await snapshot(suite.db);
    const dry = (await suite.ok(MATCH_RUN, { id, options: { dryRun: true, preset: 'KINTONE' } })).runImport;
    expect(dry.ok).toBe(false);
    // 田中 花子 would arrive with no organisation, so she is reported as unreachable too.
    expect(dry.issues.map((i: { code: string }) => i.code)).toEqual(['undecided-match', 'unreachable']);
    expect(dry.matches).toEqual([
      expect.objectContaining({ kind: 'ORGANISATION', targetId: 'o01', targetStored: true, status: 'SURE' }),
      expect.objectContaining({ kind: 'SKILL', targetId: 'grant-writing', status: 'SURE', reasons: ['same-name'] }),
      expect.objectContaining({ kind: 'PERSON', importedId: 'kintone-102', targetId: 'p001', status: 'UNDECIDED' }),
    ]);
    expect(dry.counts).toContainEqual(expect.objectContaining({ section: 'organisations', matched: 1, created: 0 }));
    expect(await snapshot(suite.db)).toEqual(before);
    // The same person: confirmed. Nothing new but 新井 さくら, a member of the real o01.
    const decisions = [{ kind: 'PERSON', importedId: 'kintone-102', targetId: 'p001', same: true }];
    const done = (await suite.ok(MATCH_RUN, { id, options: { dryRun: false, preset: 'KINTONE', decisions } }))
      .runImport;
    expect(done).toMatchObject({ ok: true, committed: true });
    expect(done.matches[2]).toMatchObject({ status: 'CONFIRMED' });
    const o01 = await suite.ok('{ organisation(id: "o01") { members(first: 100) { nodes { person { id } } } } }');
    expect(o01.organisation.members.nodes.map((m: { person: { id: string } }) => m.person.id)).toContain('kintone-101');
    const stats = (await suite.ok('{ stats { people organisations skills } }')).stats;
    expect(stats).toMatchObject({ organisations: 38 });
    const [person] = await suite.db.read((tx) => tx.run('node-get', { id: 'p001' }, { label: 'Person' }));
    expect(person!.node).toMatchObject({ name: '田中 花子', nameKana: 'たなか はなこ' });
  });

  it('imports possible matches as new records in SURE mode, and matches by id only in OFF mode', async () => {
    await wipe(suite.db);
    await loadDemo(suite.db);
    const people = async () => (await suite.ok('{ stats { people organisations } }')).stats;
    const start = await people();
    const sure = await upload({ '会員名簿.csv': new TextEncoder().encode(`${list}\n`) });
    const report = (
      await suite.ok(MATCH_RUN, { id: sure, options: { dryRun: false, preset: 'KINTONE', match: 'SURE' } })
    ).runImport;
    expect(report.matches.map((m: { status: string }) => m.status)).toEqual(['SURE', 'SURE', 'UNUSED']);
    expect(await people()).toEqual({ people: start.people + 2, organisations: start.organisations });
    const off = await upload({ '会員名簿.csv': new TextEncoder().encode(`${list.replaceAll('"10', '"20')}\n`) });
    const plain = (await suite.ok(MATCH_RUN, { id: off, options: { dryRun: false, preset: 'KINTONE', match: 'OFF' } }))
      .runImport;
    expect(plain.matches).toEqual([]);
    expect(await people()).toEqual({ people: start.people + 4, organisations: start.organisations + 1 });
  });
});

describe('uploads on disk', () => {
  const uploadDir = uploadDirectory();
  const ORGS = new TextEncoder().encode('id,name,sector\ndisk-org,ディスクの団体,npo\n');
  const PROGRESS = 'query($id: ID!) { importProgress(uploadId: $id) { state done total } }';

  it('keeps chunks in files, not memory; another API instance runs and polls the same upload; files go after the import', async () => {
    const id = await upload({ 'organisations.csv': ORGS }, 16);
    expect(fs.readFileSync(path.join(uploadDir, id, '0'))).toEqual(Buffer.from(ORGS));
    const other = await startApi(suite.db);
    try {
      const run = await other.gql(RUN, { id, options: { dryRun: false } });
      expect(run.errors).toBeUndefined();
      expect(run.data?.runImport).toMatchObject({ ok: true, committed: true });
      const polled = await suite.api.gql(PROGRESS, { id });
      expect(polled.data?.importProgress).toMatchObject({ state: 'DONE' });
    } finally {
      await other.close();
    }
    expect(fs.existsSync(path.join(uploadDir, id, '0'))).toBe(false);
    const again = await suite.api.gql(RUN, { id, options: { dryRun: false } });
    expect(again.errors?.[0]?.message).toBe('uploadId: this upload was imported; start a new one');
  });

  it('an account keeps at most three uploads waiting: a fourth makes the oldest go', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(await upload({ 'organisations.csv': ORGS }));
    const states = await Promise.all(
      ids.map(async (id) => (await suite.api.gql(PROGRESS, { id })).data?.importProgress),
    );
    expect(states.map((s) => s?.state ?? null)).toEqual([null, 'UPLOADED', 'UPLOADED', 'UPLOADED']);
    for (const id of ids.slice(1)) await suite.ok('mutation($id: ID!) { discardImportUpload(uploadId: $id) }', { id });
    expect(ids.some((id) => fs.existsSync(path.join(uploadDir, id)))).toBe(false);
  });
});

describe('exports', () => {
  const EXPORT = `query ($format: ExportFormat!, $org: ID) {
    exportData(format: $format, organisationId: $org) { fileName mimeType bytes contentBase64 }
  }`;
  const content = async (format: string, org?: string) => {
    const file = (await suite.ok(EXPORT, { format, org })).exportData;
    return Buffer.from(file.contentBase64, 'base64').toString('utf8');
  };

  it('JSON through the API leaves out hidden people, private ties and email addresses', async () => {
    const doc = JSON.parse(await content('JSON'));
    expect(doc.people.length).toBeGreaterThan(100);
    expect(doc.people.every((p: { discoverable: boolean; email?: string }) => p.discoverable && !p.email)).toBe(true);
    expect(doc.ties.some((t: { visibility: string }) => t.visibility === 'private')).toBe(false);
  });

  it("one organisation's part holds it, its members and their skills", async () => {
    const doc = JSON.parse(await content('JSON', 'o01'));
    expect(doc.organisations.map((o: { id: string }) => o.id)).toContain('o01');
    expect(doc.memberships.every((m: { organisationId: string }) => m.organisationId === 'o01')).toBe(true);
    expect(doc.people.length).toBeGreaterThan(0);
    expect((await suite.rejected(EXPORT, { format: 'JSON', org: 'no-such-org' })).extensions?.code).toBe('NOT_FOUND');
  });

  /** Well-formed by xmllint; then the elements' attributes, read from our one-element-per-line output. */
  const parse = async (xml: string) => {
    const result = await validateXML({ xml: [{ fileName: 'export.xml', contents: xml }], normalization: 'format' });
    expect(result.errors).toEqual([]);
    return (tag: string) =>
      [...xml.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map(
        (m) =>
          Object.fromEntries([...m[1]!.matchAll(/([\w.:]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])) as Record<
            string,
            string
          >,
      );
  };

  it('GraphML: valid against its schema, every data key declared, every edge end a node', async () => {
    const xml = await content('GRAPHML');
    expect(await graphmlErrors(xml)).toEqual([]);
    const all = await parse(xml);
    const keys = new Map(all('key').map((k) => [k.id, k]));
    for (const k of keys.values())
      expect(['string', 'int', 'long', 'float', 'double', 'boolean']).toContain(k['attr.type']);
    const nodes = new Set(all('node').map((n) => n.id));
    expect(nodes.size).toBeGreaterThan(200);
    for (const d of all('data')) expect(keys.has(d.key)).toBe(true);
    for (const e of all('edge')) {
      expect(nodes.has(e.source)).toBe(true);
      expect(nodes.has(e.target)).toBe(true);
    }
    const kinds = new Set([...xml.matchAll(/<data key="n_kind">(\w+)<\/data>/g)].map((m) => m[1]));
    expect([...kinds].sort()).toEqual(['Organisation', 'Person', 'Project', 'Skill']);
  });

  it('GEXF 1.2draft: valid against its schema, attributes declared, edges typed and between nodes', async () => {
    const xml = await content('GEXF');
    expect(await gexfErrors(xml)).toEqual([]);
    const all = await parse(xml);
    expect(all('gexf')[0]!).toMatchObject({ version: '1.2', xmlns: 'http://www.gexf.net/1.2draft' });
    const declared = new Map(all('attribute').map((a) => [a.id, a.type]));
    expect(declared.get('kind')).toBe('string');
    expect(declared.get('discoverable')).toBe('boolean');
    for (const t of declared.values()) expect(['integer', 'long', 'double', 'float', 'boolean', 'string']).toContain(t);
    const nodes = new Set(all('node').map((n) => n.id));
    for (const v of all('attvalue')) expect(declared.has(v.for)).toBe(true);
    const edges = all('edge');
    expect(edges.length).toBeGreaterThan(500);
    expect(edges.every((e) => nodes.has(e.source) && nodes.has(e.target))).toBe(true);
    expect(edges.filter((e) => e.label === 'KNOWS').every((e) => e.type === 'undirected')).toBe(true);
  });
});
