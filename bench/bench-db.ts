/**
 * What every benchmark script starts with: the synthetic-network options from the command line
 * (`--people N --seed S`) and a Neo4j of the script's own (`folder` under the repository, so runs
 * never touch your data; NEO4J_URI instead when set), with a larger heap than `npm start` uses.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Express } from 'express';
import { terminalMailer } from '../server/auth/mailer.ts';
import { cookieNames } from '../server/auth/routes.ts';
import { Auth, DEFAULT_AUTH_SETTINGS } from '../server/auth/service.ts';
import { openDatabase } from '../server/boot.ts';
import { applySchema } from '../server/db/schema.ts';
import { loadDataset } from '../server/features/data/dataset.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import type { Db } from '../server/db/driver.ts';
import { createApp, type AppOptions } from '../server/http/app.ts';
import { loadConfig, repoRoot, type Config } from '../server/config.ts';
import { freePort } from '../server/db/local-neo4j.ts';
import { parseSeedArgs } from '../seed/seed-args.ts';

export async function openBenchDatabase(folder: string) {
  const options = parseSeedArgs(['--synthetic', ...process.argv.slice(2)], parseArgs);
  if (options.kind !== 'synthetic') throw new Error('unreachable');
  const config: Config = loadConfig({
    NEO4J_HEAP_SIZE: '2g',
    NEO4J_PAGECACHE_SIZE: '1g',
    NEO4J_BOLT_PORT: String(await freePort()),
    ...process.env,
    TSUNAGARI_DATA_DIR: process.env.NEO4J_URI ? '' : path.join(repoRoot, folder),
  });
  const { db, local } = await openDatabase(config, (line) => console.error(line));
  return { options, config, db, local };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by shape
export type Answer = Record<string, any>;

/**
 * The API app on the bench database, and a session of its administrator (made in the database,
 * which every API instance on it shares), for graphqlClient.
 */
export async function benchApp(
  db: Db,
  options: AppOptions = {},
): Promise<{ app: Express; stop(): Promise<void>; session: string; auth: Auth }> {
  const auth = new Auth(
    db,
    terminalMailer(() => {}),
    { ...DEFAULT_AUTH_SETTINGS, publicUrl: () => 'http://localhost' },
  );
  const { app, stop } = await createApp(db, auth, options);
  return { app, stop, auth, session: await auth.sessionFor('bench@localhost', true) };
}

/** A GraphQL client for the API at `url` (signed in with `session`) that throws on any error, as the benchmarks need. */
export function graphqlClient(url: string, session: string) {
  return async (query: string, variables: object = {}): Promise<Answer> => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `${cookieNames(false).session}=${session}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: Answer; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
    return body.data!;
  };
}

/**
 * The synthetic network of `options` in the bench database: generated, and loaded unless the
 * database already holds a network of that size (the same size and seed as the last run).
 */
export async function syntheticNetwork(db: Db, options: { people: number; seed: number }) {
  await applySchema(db);
  const data = generateSynthetic({ people: options.people, seed: options.seed });
  const [count] = await db.read((tx) => tx.run('stats'));
  if (Number((count as { people?: number } | undefined)?.people ?? -1) !== data.people.length)
    await loadDataset(db, 'synthetic', data);
  return data;
}
