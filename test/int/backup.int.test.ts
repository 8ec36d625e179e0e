/**
 * The restore drill (issue 14): a local Neo4j of its own with the demo network, `npm run backup`
 * while it is stopped, everything deleted, `npm run restore`, and the same fingerprint of every
 * node and relationship property as before. Backup refuses a running database in one line.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { connect, type Db } from '../../server/db/driver.ts';
import { freePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';
import { applySchema } from '../../server/db/schema.ts';
import { loadDemo } from '../../server/demo.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-drill-'));
const backups = path.join(home, 'backups');
let boltPort = 0;

const start = () =>
  startLocalNeo4j({
    home,
    boltPort,
    heapSize: '512m',
    pageCacheSize: '64m',
    cacheDir: path.join(repoRoot, '.neo4j-test'),
  });

function npm(script: 'backup' | 'restore', ...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'server', 'cli', 'backup.ts'), script, ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: '', TSUNAGARI_DATA_DIR: home, NEO4J_BOLT_PORT: String(boltPort) },
    },
  );
}

/** SHA-256 of every node and relationship with all their properties, in a stable order. */
async function fingerprint(db: Db): Promise<{ hash: string; nodes: number; rels: number }> {
  const { nodes, rels } = await db.read(async (tx) => ({
    nodes: await tx.run('test-fingerprint-nodes'),
    rels: await tx.run('test-fingerprint-rels'),
  }));
  const lines = [...nodes, ...rels].map((row) => JSON.stringify(row, Object.keys(row).sort())).sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { hash: hash.digest('hex'), nodes: nodes.length, rels: rels.length };
}

async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const local = await start();
  const db = await connect(local);
  try {
    return await work(db);
  } finally {
    await db.close();
    await local.stop();
  }
}

describe('backup and restore of the local Neo4j', () => {
  it('dump, wipe, restore: the same fingerprint of every node and relationship', async () => {
    boltPort = await freePort();
    const before = await withDatabase(async (db) => {
      await applySchema(db);
      await loadDemo(db);
      // Refused while the database runs, with what to do.
      const running = npm('backup', '--to', backups);
      expect(running.status).toBe(1);
      expect(running.stderr.trim()).toMatch(/^tsunagari: The local Neo4j is running on port \d+: stop Tsunagari/);
      return fingerprint(db);
    });
    expect(before.nodes).toBeGreaterThan(100);
    expect(before.rels).toBeGreaterThan(100);

    const dumped = npm('backup', '--to', backups);
    expect(dumped.stderr).not.toMatch(/^tsunagari:/m);
    expect(dumped.status).toBe(0);
    const [file] = fs.readdirSync(backups).filter((f) => f.endsWith('.dump'));
    expect(file).toMatch(/^tsunagari-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.dump$/);

    const wiped = await withDatabase(async (db) => {
      await db.autoCommit('test-wipe-everything');
      return fingerprint(db);
    });
    expect(wiped.nodes).toBe(0);

    const unconfirmed = npm('restore', path.join(backups, file!));
    expect(unconfirmed.status).toBe(1);
    expect(unconfirmed.stderr).toMatch(/add --yes to go ahead/);
    const restored = npm('restore', path.join(backups, file!), '--yes');
    expect(restored.status).toBe(0);
    expect(await withDatabase(fingerprint)).toEqual(before);
    fs.rmSync(home, { recursive: true, force: true });
  }, 300_000);
});
