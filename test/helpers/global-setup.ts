/**
 * Starts one throwaway Neo4j for the test run (fresh data folder, free port), or uses NEO4J_URI
 * when given. The development database (.neo4j/) is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../server/config.ts';
import { freePort, startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Target;
  }
}

type Target = {
  uri: string;
  user: string;
  password: string | undefined;
  database: string | undefined;
  external: boolean;
};

// Vitest runs a global setup once per project (the root counts as one), in one process: share
// one Neo4j among them, and stop it when the last project tears down.
const shared = globalThis as typeof globalThis & {
  tsunagariTestNeo4j?: { target: Promise<Target>; users: number; local?: LocalNeo4j; home?: string };
};

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function setup(project: TestProject): Promise<void> {
  // Said once, before any test starts, rather than as a failure in every browser test file.
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (project.name === 'e2e' && !fs.existsSync(chromium)) {
    throw new Error(
      `The browser tests need Debian's Chromium at ${chromium}: run  sudo apt-get install -y chromium fonts-noto-cjk  (or set CHROMIUM_PATH), then npm test again.`,
    );
  }
  shared.tsunagariTestNeo4j ??= { target: startTarget(), users: 0 };
  shared.tsunagariTestNeo4j.users++;
  project.provide('neo4j', await shared.tsunagariTestNeo4j.target);
}

async function startTarget(): Promise<Target> {
  if (process.env.TSUNAGARI_TEST_NO_DB === '1') {
    return { uri: '', user: '', password: undefined, database: undefined, external: true };
  }
  if (process.env.NEO4J_URI) {
    return {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE,
      external: true,
    };
  }
  // Throwaway: a fresh folder per run (runs may overlap), removed at teardown; folders of runs
  // that died are swept here. The class path cache is shared.
  const root = path.join(repoRoot, '.neo4j-test');
  fs.mkdirSync(root, { recursive: true });
  for (const entry of fs.readdirSync(root)) {
    const pid = /^run-(\d+)$/.exec(entry)?.[1];
    if (pid && !isAlive(Number(pid))) fs.rmSync(path.join(root, entry), { recursive: true, force: true });
  }
  const home = path.join(root, `run-${process.pid}`);
  const local = await startLocalNeo4j({
    home,
    cacheDir: root,
    boltPort: await freePort(),
    heapSize: '768m',
    pageCacheSize: '128m',
  });
  Object.assign(shared.tsunagariTestNeo4j!, { local, home });
  return { uri: local.uri, user: local.user, password: local.password, database: undefined, external: false };
}

export async function teardown(): Promise<void> {
  const state = shared.tsunagariTestNeo4j;
  if (!state || --state.users > 0) return;
  await state.local?.stop();
  if (state.home) fs.rmSync(state.home, { recursive: true, force: true });
  shared.tsunagariTestNeo4j = undefined;
}
