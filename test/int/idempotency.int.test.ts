/**
 * Idempotent writes (issue 14): a mutation repeated with the same Idempotency-Key answers its first
 * result and writes nothing again; the record is made in the write's own transaction, so a retry
 * after a commit whose answer was lost finds it too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { currentWriteScope, inWriteScope } from '../../server/db/idempotency.ts';
import { cookieNames } from '../../server/auth/routes.ts';
import { startApi, TEST_ADMINISTRATOR, type Api } from '../helpers/api.ts';
import { testDb, wipe } from '../helpers/db.ts';

let db: Db;
let api: Api;
let session: string;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  api = await startApi(db);
  session = await api.auth.sessionFor(TEST_ADMINISTRATOR, true);
});
afterAll(async () => {
  await api?.close();
  await db?.close();
});

const CREATE = 'mutation($name: String!) { createPerson(input: { name: $name }) { id name } }';

function post(body: object, key?: string) {
  return fetch(api.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `${cookieNames(false).session}=${session}`,
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });
}

const peopleNamed = async (name: string) =>
  (await db.read((tx) => tx.runText('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name }))).map((r) => r.id);

describe('idempotent writes', () => {
  it('the same key and the same mutation: the first answer again, one person', async () => {
    const body = { query: CREATE, variables: { name: '冪等 一郎' } };
    const first = (await (await post(body, 'retry-key-0001')).json()) as { data: { createPerson: { id: string } } };
    const second = (await (await post(body, 'retry-key-0001')).json()) as { data: { createPerson: { id: string } } };
    expect(second).toEqual(first);
    expect(await peopleNamed('冪等 一郎')).toEqual([first.data.createPerson.id]);
  });

  it('keeps no content in the database: the record is a hash and an expiry', async () => {
    const records = await db.read((tx) => tx.runText('MATCH (w:WriteRecord) RETURN properties(w) AS props'));
    expect(records.length).toBeGreaterThan(0);
    for (const { props } of records) expect(Object.keys(props as object).sort()).toEqual(['expiresAt', 'slot']);
  });

  it('another key, or the same key with other variables, is another write', async () => {
    await post({ query: CREATE, variables: { name: '冪等 二郎' } }, 'retry-key-0002');
    await post({ query: CREATE, variables: { name: '冪等 二郎' } }, 'retry-key-0003');
    await post({ query: CREATE, variables: { name: '冪等 三郎' } }, 'retry-key-0003');
    expect(await peopleNamed('冪等 二郎')).toHaveLength(2);
    expect(await peopleNamed('冪等 三郎')).toHaveLength(1);
  });

  it('without a key, each request is its own write', async () => {
    await post({ query: CREATE, variables: { name: '冪等 四郎' } });
    await post({ query: CREATE, variables: { name: '冪等 四郎' } });
    expect(await peopleNamed('冪等 四郎')).toHaveLength(2);
  });

  it('refuses a malformed key before anything runs', async () => {
    const res = await post({ query: CREATE, variables: { name: '冪等 五郎' } }, 'bad key!');
    expect(res.status).toBe(400);
    expect(await peopleNamed('冪等 五郎')).toEqual([]);
  });

  it('a retried write transaction finds its committed record and does not run its work again', async () => {
    let runs = 0;
    const attempt = () =>
      inWriteScope('driver-retry-1', async () => {
        const scope = currentWriteScope()!;
        scope.operation = 'the same request';
        scope.active = true;
        return db.write(async (tx) => {
          runs++;
          await tx.runText("CREATE (:Person:Entity {id: 'idem-' + $n, key: 'Person:idem-' + $n, name: 'x'})", {
            n: runs,
          });
          return { created: runs };
        });
      });
    expect(await attempt()).toEqual({ created: 1 });
    // The same request's write again (as the driver does when the commit's answer was lost).
    expect(await attempt()).toEqual({ created: 1 });
    expect(runs).toBe(1);
  });
});
