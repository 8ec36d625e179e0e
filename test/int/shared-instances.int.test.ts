/**
 * Two API instances on one Neo4j (decision 0022), each with its own driver, in-memory network,
 * analysis worker and budget copies, as two processes behind a load balancer have: a client's
 * budget spent on A is refused on B with 429 and Retry-After; sign-in hits on A count on B; a
 * network analysis started on A is polled on B and not started twice; a job whose instance died
 * is reported FAILED (not RUNNING forever) and the next start runs a new one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SharedBudgets } from '../../server/api/budget.ts';
import type { Db } from '../../server/db/driver.ts';
import { loadDemo } from '../../server/demo.ts';
import { abandonAnalysisJobs, JOB_TIMING, SILENT_JOB_ERROR } from '../../server/features/assets/jobs.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { testDb, wipe } from '../helpers/db.ts';

const dbs: Db[] = [];
const apis: Api[] = [];
/** Another API instance: its own driver (so its own network, worker and jobs state) and HTTP server. */
async function instance(budgetsPerMinute?: number): Promise<{ db: Db; api: Api }> {
  const db = await testDb();
  dbs.push(db);
  const api = await startApi(db, {
    http: budgetsPerMinute ? { budgets: new SharedBudgets(db, budgetsPerMinute, { syncMs: 200 }) } : {},
  });
  apis.push(api);
  return { db, api };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  const db = await testDb();
  dbs.push(db);
  await wipe(db);
  await loadDemo(db);
});
afterAll(async () => {
  for (const api of apis) await api.close();
  for (const db of dbs) {
    await abandonAnalysisJobs(db);
    await db.close();
  }
});

describe('per-client budgets across instances', () => {
  // About 2,300 points (hardening.int.test.ts): two fit in 5,000, a third does not.
  const LARGEST = JSON.stringify({
    query: '{ neighbourhood(ids: ["Person:nobody"], depth: 3, limit: 5000) { nodes { key } } }',
  });

  it('refuses on B, with 429 and Retry-After, a budget spent on A', async () => {
    const a = await instance(5_000);
    const b = await instance(5_000);
    const onA = await a.api.as('spender@tests.example.org');
    const onB = await b.api.as('spender@tests.example.org');
    for (const _ of [1, 2]) expect((await onA.post(LARGEST)).status).toBe(200);
    await sleep(500); // A settles its spending once per sync interval (200 ms here)
    const refused = await onB.post(LARGEST);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    const body = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    // Another client on B is not affected.
    expect((await (await b.api.as('other@tests.example.org')).post(LARGEST)).status).toBe(200);
  });

  it('refuses on B a budget spent on A also when B already knew the client', async () => {
    const a = await instance(5_000);
    const b = await instance(5_000);
    const onA = await a.api.as('known@tests.example.org');
    const onB = await b.api.as('known@tests.example.org');
    expect((await onB.post(JSON.stringify({ query: '{ stats { people } }' }))).status).toBe(200);
    await sleep(300);
    for (const _ of [1, 2]) expect((await onA.post(LARGEST)).status).toBe(200);
    await sleep(800); // A has settled; B's copy is older than three sync intervals and is read again
    expect((await onB.post(LARGEST)).status).toBe(429);
  });
});

describe('sign-in rate limits across instances', () => {
  it('keeps a client’s allowance when its shared bucket is deleted while a settlement waits on it', async () => {
    const db = dbs[0]!;
    // No timer in the way: this test settles by hand.
    const budgets = new SharedBudgets(db, 40_000, { syncMs: 60_000 });
    const client = 'account:vanishing-bucket';
    try {
      expect((await budgets.take(client, 1_000)).ok).toBe(true);
      await budgets.settle();
      expect((await budgets.take(client, 1_000)).ok).toBe(true);
      // Another transaction deletes the bucket and holds its lock while the settlement runs.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      const deleting = db.write(async (tx) => {
        await tx.run('test-rate-buckets-delete');
        await held;
      });
      await sleep(200);
      const settling = budgets.settle();
      await sleep(500);
      release();
      await deleting;
      await settling;
      // 38,000 points were left: the client is not refused as if it had none.
      for (let i = 0; i < 30; i++) expect((await budgets.take(client, 1_000)).ok, `request ${i + 1}`).toBe(true);
    } finally {
      await budgets.stop();
    }
  });

  it('counts sign-in requests made through A on B', async () => {
    const a = await instance();
    const b = await instance();
    const ask = (api: Api, n: number) =>
      fetch(`${api.origin}/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `someone${n}@example.org` }),
      });
    for (let i = 0; i < 12; i++) expect((await ask(a.api, i)).status).toBe(202);
    for (let i = 12; i < 20; i++) expect((await ask(b.api, i)).status).toBe(202);
    const refused = await ask(b.api, 20);
    expect(refused.status).toBe(429);
    expect((await ask(a.api, 21)).status).toBe(429);
  });
});

describe('network analysis jobs across instances', () => {
  const START = `mutation($restart: Boolean) { startNetworkAnalysis(restart: $restart) { id state } }`;
  const POLL = `query($id: ID) { networkAnalysis(jobId: $id) { id state progress stale error result { people brokers(first: 3) { person { id } } } } }`;
  type Polled = { id: string; state: string; stale: boolean; error: string | null; result: { people: number } | null };

  async function poll(api: Api, id: string, until: (job: Polled) => boolean, ms = 20_000): Promise<Polled> {
    const end = Date.now() + ms;
    for (;;) {
      const res = await api.gql<{ networkAnalysis: Polled }>(POLL, { id });
      expect(res.errors).toBeUndefined();
      const job = res.data!.networkAnalysis;
      if (until(job) || Date.now() > end) return job;
      await sleep(100);
    }
  }

  it('polls on B a job started on A, and B does not start it again', async () => {
    const a = await instance();
    const b = await instance();
    const started = (await a.api.gql(START, { restart: true })).data!.startNetworkAnalysis;
    // B asked at once gets A's job, running or done, never a second one.
    expect((await b.api.gql(START)).data!.startNetworkAnalysis.id).toBe(started.id);
    const done = await poll(b.api, started.id, (j) => j.state !== 'RUNNING');
    expect(done.state).toBe('DONE');
    expect(done.stale).toBe(false);
    expect(done.result!.people).toBeGreaterThan(100);
    expect((await b.api.gql(`query { networkAnalysis { id } }`)).data!.networkAnalysis.id).toBe(started.id);
    expect((await b.api.gql(START)).data!.startNetworkAnalysis.id).toBe(started.id);
    // Person metrics: B answers what A's worker computed (from the job's record), the same figures.
    const METRICS = `query($id: ID, $people: [ID!]!) { networkAnalysis(jobId: $id) { result {
      brokers(first: 5) { person { id } }
      metrics(personIds: $people) { person { id } betweenness constraint effectiveSize community } } } }`;
    const brokers = (await a.api.gql(METRICS, { id: started.id, people: [] })).data!.networkAnalysis.result.brokers;
    const people = [...brokers.map((x: { person: { id: string } }) => x.person.id), 'nobody-here'];
    const onA = (await a.api.gql(METRICS, { id: started.id, people })).data!.networkAnalysis.result.metrics;
    const onB = (await b.api.gql(METRICS, { id: started.id, people })).data!.networkAnalysis.result.metrics;
    expect(onA).toHaveLength(brokers.length);
    expect(onA.some((m: { betweenness: number }) => m.betweenness > 0)).toBe(true);
    expect(onB).toEqual(onA);
  });

  it('reports FAILED a job whose instance died, and the next start runs a new one', async () => {
    const timing = { ...JOB_TIMING };
    Object.assign(JOB_TIMING, { heartbeatMs: 200, silentMs: 1_500 });
    try {
      const dying = await instance();
      const b = await instance();
      const started = (await dying.api.gql(START, { restart: true })).data!.startNetworkAnalysis;
      // The instance stops as a crash would: no heartbeat, no result, nothing said to the database.
      await abandonAnalysisJobs(dying.db);
      expect((await b.api.gql(POLL, { id: started.id })).data!.networkAnalysis.state).toBe('RUNNING');
      const failed = await poll(b.api, started.id, (j) => j.state !== 'RUNNING', 5_000);
      expect(failed).toMatchObject({ state: 'FAILED', error: SILENT_JOB_ERROR, result: null });
      const again = (await b.api.gql(START)).data!.startNetworkAnalysis;
      expect(again.id).not.toBe(started.id);
      expect((await poll(b.api, again.id, (j) => j.state !== 'RUNNING')).state).toBe('DONE');
    } finally {
      Object.assign(JOB_TIMING, timing);
    }
  });
});
