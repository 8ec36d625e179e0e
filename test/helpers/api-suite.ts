/**
 * The usual integration-test frame: the run's Neo4j, the real HTTP API on it, and two assertions
 * every file needs — a request that must succeed, and one that must fail without changing data.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from './api.ts';
import { snapshot, testDb } from './db.ts';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are checked by value

export interface ApiSuite {
  readonly db: Db;
  readonly api: Api;
  ok(query: string, variables?: Record<string, unknown>): Promise<Data>;
  rejected(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<NonNullable<Awaited<ReturnType<Api['gql']>>['errors']>[number]>;
}

/** Registers beforeAll/afterAll hooks; `prepare` runs on the database before the API starts. */
export function apiSuite(prepare: (db: Db) => Promise<void> = async () => {}): ApiSuite {
  let db: Db | undefined;
  let api: Api | undefined;
  beforeAll(async () => {
    db = await testDb();
    await prepare(db);
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });
  const suite: ApiSuite = {
    get db() {
      if (!db) throw new Error('apiSuite: the database is ready only inside tests and hooks');
      return db;
    },
    get api() {
      if (!api) throw new Error('apiSuite: the API is ready only inside tests and hooks');
      return api;
    },
    async ok(query, variables) {
      const res = await suite.api.gql(query, variables);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!;
    },
    async rejected(query, variables = {}) {
      const before = await snapshot(suite.db);
      const res = await suite.api.gql(query, variables);
      expect(await snapshot(suite.db), 'a rejected request changed the data').toEqual(before);
      expect(res.errors, JSON.stringify(res.data)).toHaveLength(1);
      return res.errors![0]!;
    },
  };
  return suite;
}
