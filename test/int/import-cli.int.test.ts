/**
 * The `tsunagari` command: bad flags give one line and exit 1; a dry run writes nothing; an
 * import with errors exits 1; export writes a file; and an import killed half-way is completed
 * by running it again (the documented "resumable" behaviour of large imports).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { repoRoot } from '../../server/config.ts';
import { describeInterrupted, interruptedImports } from '../../server/features/data/import/runs.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

const target = inject('neo4j');
const env = {
  ...process.env,
  NEO4J_URI: target.uri,
  NEO4J_USER: target.user,
  NEO4J_PASSWORD: target.password ?? '',
  LOG_LEVEL: 'error',
};
const cliArgs = ['--import', 'tsx', path.join(repoRoot, 'server', 'cli', 'tsunagari.ts')];
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [...cliArgs, ...args], { env, encoding: 'utf8', cwd: repoRoot });
const fixtures = path.join(repoRoot, 'test', 'fixtures', 'import');

let db: Db;
beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  return () => db.close();
});

const count = async () => {
  const [row] = await db.read((tx) => tx.run('stats'));
  return { people: Number(row!.people), ties: Number(row!.ties) };
};

describe('flags', () => {
  it.each([
    [['import', 'x', '--bogus'], /^tsunagari: unknown option '--bogus'$/],
    [['import', 'x', '--preset', 'excel'], /^tsunagari: option '--preset <name>' argument 'excel' is invalid/],
    [['import'], /^tsunagari: missing required argument 'path'$/],
    [['import', '/no/such/dir'], /^tsunagari: \/no\/such\/dir: no such file or folder$/],
    [
      ['import', fixtures, '--preset', 'kintone', '--mapping', 'm.json'],
      /^tsunagari: --preset and --mapping cannot be used together$/,
    ],
    [['export', '--format', 'pdf'], /^tsunagari: option '--format <format>' argument 'pdf' is invalid/],
  ])('%j → one line, exit 1', (args, message) => {
    const run = cli(...args);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});

describe('import and export', () => {
  it('a dry run of the demo bundle reports and writes nothing; the import then lands', async () => {
    const before = await snapshot(db);
    const dry = cli('import', path.join(fixtures, 'demo'), '--dry-run', '--lang', 'en');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('people: 160/160 rows (160 new, 0 changed, 0 unchanged)');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await snapshot(db)).toEqual(before);
    const run = cli('import', path.join(fixtures, 'demo'), '--lang', 'ja');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('インポートしました。');
    expect(await count()).toMatchObject({ people: 160 });
    // Two CLI runs, each starting Node with tsx and reading the whole demo bundle: slow on a shared machine.
  }, 90_000);

  it('a bundle with an error exits 1 and lists it by file and line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-cli-'));
    fs.writeFileSync(path.join(dir, 'people.csv'), 'id,name\nq1,A\nq2,\n');
    const run = cli('import', dir, '--lang', 'en');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('people.csv:3 [name] is required');
    expect(run.stdout).toContain('1 error(s): nothing was written.');
  });

  it('a file that no preset or mapping reads is an error, exit 1, never "imported"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-cli-'));
    fs.writeFileSync(path.join(dir, '会員名簿.csv'), '氏名,メール\n山田 太郎,taro@example.jp\n');
    const run = cli('import', path.join(dir, '会員名簿.csv'), '--lang', 'ja');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Tsunagari 形式の表');
    expect(run.stdout).toContain('プリセット');
    expect(run.stdout).not.toContain('インポートしました');
  });

  it('reads and writes paths relative to the folder the command ran in (npm run keeps it in INIT_CWD)', () => {
    const here = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-cwd-'));
    const run = spawnSync(process.execPath, [...cliArgs, 'export', '--format', 'json', '--out', 'mine.json'], {
      env: { ...env, INIT_CWD: here },
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(run.status).toBe(0);
    expect(fs.existsSync(path.join(here, 'mine.json'))).toBe(true);
    expect(fs.existsSync(path.join(repoRoot, 'mine.json'))).toBe(false);
    const again = spawnSync(process.execPath, [...cliArgs, 'import', 'mine.json', '--dry-run'], {
      env: { ...env, INIT_CWD: here },
      encoding: 'utf8',
      cwd: repoRoot,
    });
    expect(again.status).toBe(0);
  });

  it('exports GraphML to a file', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-cli-')), 'net.graphml');
    const run = cli('export', '--format', 'graphml', '--out', out);
    expect(run.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('<graphml');
  });
});

describe('matching at the command line', () => {
  it('asks through a decisions file off a terminal: exit 1 and nothing written, then the edited file is used', async () => {
    await wipe(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-match-'));
    const people = 'id,name,name_kana\np1,山田 太郎,やまだ たろう\n';
    fs.writeFileSync(path.join(dir, 'people.csv'), people);
    expect(cli('import', path.join(dir, 'people.csv')).status).toBe(0);
    const list = path.join(dir, 'list');
    fs.mkdirSync(list);
    fs.writeFileSync(path.join(list, 'people.csv'), 'id,name,name_kana\nx1,山田太郎,ヤマダ タロウ\nx2,佐々木 一郎,\n');
    const here = { ...env, INIT_CWD: dir };
    const run = () =>
      spawnSync(process.execPath, [...cliArgs, 'import', 'list', '--lang', 'en'], {
        env: here,
        encoding: 'utf8',
        cwd: repoRoot,
      });
    const before = await snapshot(db);
    const first = run();
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('people.csv:2 "山田太郎" → "山田 太郎"');
    expect(first.stdout).toContain('same name, same reading): to decide');
    const file = path.join(dir, 'list.decisions.json');
    expect(first.stderr).toContain(`decide the 1 possible match(es) in ${file}`);
    expect(await snapshot(db)).toEqual(before);
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written).toMatchObject({
      format: 'tsunagari-match-decisions',
      decisions: [{ kind: 'Person', importedId: 'x1', targetId: 'p1', same: null }],
    });
    written.decisions[0].same = true;
    fs.writeFileSync(file, JSON.stringify(written));
    const second = run();
    expect(second.stderr).toContain(`using the match decisions in ${file}`);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(': confirmed');
    expect(await count()).toMatchObject({ people: 2 });
    // A broken decisions file is named, and nothing is imported.
    fs.writeFileSync(file, '{"format": "something else"}');
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr.trim()).toMatch(/^tsunagari: .*list\.decisions\.json: not a decisions file \(format: /);
  });
});

describe('the duplicates report at the command line', () => {
  it('lists stored records that look like one, with reasons in words, and refuses a bad --first', async () => {
    await wipe(db);
    await db.write((tx) =>
      tx.runText(
        `CREATE (:Entity:Organisation {id: 'd1', key: 'Organisation:d1', name: 'NPO法人 みらい', sector: 'npo', searchText: 'x'})
         CREATE (:Entity:Organisation {id: 'd2', key: 'Organisation:d2', name: '特定非営利活動法人みらい', sector: 'npo', searchText: 'x'})
         CREATE (:Entity:Organisation {id: 'd3', key: 'Organisation:d3', name: '株式会社ほかの会社', sector: 'company', searchText: 'x'})`,
      ),
    );
    const run = cli('duplicates', '--kind', 'organisations', '--lang', 'ja');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('「特定非営利活動法人みらい」(d2) と「NPO法人 みらい」(d1) 97%（名前が同じ）');
    const json = JSON.parse(cli('duplicates', '--kind', 'organisations', '--json').stdout);
    expect(json).toEqual([expect.objectContaining({ id: 'd2', otherId: 'd1', reasons: ['same-name'] })]);
    const bad = cli('duplicates', '--first', 'many');
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim()).toBe('tsunagari: --first: a whole number from 1 to 10000, not "many"');
  });
});

describe('an interrupted large import', () => {
  it('leaves a prefix of batches and a run that says where it stopped; running it again completes both', async () => {
    await wipe(db);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-big-'));
    const n = 30_000;
    fs.writeFileSync(
      path.join(dir, 'people.csv'),
      `id,name\n${Array.from({ length: n }, (_, i) => `b${i},Person ${i}`).join('\n')}\n`,
    );
    fs.writeFileSync(
      path.join(dir, 'ties.csv'),
      `person_id,other_person_id,strength\n${Array.from({ length: n }, (_, i) => `b${i},b${(i + 1) % n},2`).join('\n')}\n`,
    );
    const child = spawn(process.execPath, [...cliArgs, 'import', dir], { env, cwd: repoRoot });
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing Person')) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    const partial = await count();
    expect(partial.people).toBeGreaterThan(0);
    expect(partial.people + partial.ties).toBeLessThan(2 * n);
    // The run says exactly how far it got: its count moved with each committed batch.
    const [stopped, ...others] = await interruptedImports(db, 0);
    expect(others).toEqual([]);
    expect(stopped).toMatchObject({
      source: 'people.csv, ties.csv',
      done: partial.people + partial.ties,
      total: 2 * n,
    });
    expect(describeInterrupted(stopped!, 'en')).toMatch(/stopped at row \d+ of 60000/);
    const again = cli('import', dir);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('this also finished 1 earlier run(s) of the same import that had stopped');
    expect(await count()).toEqual({ people: n, ties: n });
    expect(await interruptedImports(db, 0)).toEqual([]);
  }, 180_000);
});
