/**
 * Starts one throwaway Neo4j for the test run (fresh data folder, free port), or uses NEO4J_URI
 * when given. The development database (.neo4j/) is never touched.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { repoRoot } from '../../server/config.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../server/db/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string | undefined; database: string | undefined; external: boolean };
  }
}

let local: LocalNeo4j | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function setup(project: TestProject): Promise<void> {
  if (process.env.TSUNAGARI_TEST_NO_DB === '1') {
    project.provide('neo4j', { uri: '', user: '', password: undefined, database: undefined, external: true });
    return;
  }
  if (process.env.NEO4J_URI) {
    project.provide('neo4j', {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER ?? 'neo4j',
      password: process.env.NEO4J_PASSWORD,
      database: process.env.NEO4J_DATABASE,
      external: true,
    });
    return;
  }
  const home = path.join(repoRoot, '.neo4j-test');
  // Throwaway: a fresh data folder every run; the downloaded class path cache survives.
  for (const dir of ['data', 'logs', 'run', 'password']) fs.rmSync(path.join(home, dir), { recursive: true, force: true });
  local = await startLocalNeo4j({ home, boltPort: await freePort(), heapSize: '768m', pageCacheSize: '128m' });
  project.provide('neo4j', { uri: local.uri, user: local.user, password: local.password, database: undefined, external: false });
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
