/**
 * Neo4j going away and coming back, through a real TCP proxy between the API and the test
 * database (cutting the proxy is the outage): requests answer HTTP 503 with Retry-After within
 * 2 s instead of hanging, /readyz says the database is unreachable while /healthz stays up, one log
 * line marks the start and one the end, and the API recovers without a restart.
 */
import net from 'node:net';
import { SYNC_MS } from '../../server/graph/store.ts';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { connect, type Db } from '../../server/db/driver.ts';
import { log } from '../../server/log.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { testDb, wipe } from '../helpers/db.ts';

/** A TCP proxy to the test database that can be cut and restored on the same port. */
async function proxyTo(port: number) {
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  let listenPort = 0;
  const start = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(port, '127.0.0.1');
        for (const s of [client, upstream]) {
          sockets.add(s);
          s.on('close', () => sockets.delete(s));
          s.on('error', () => s.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(listenPort, '127.0.0.1', () => {
        listenPort = (server!.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await start();
  return {
    port: () => listenPort,
    async cut() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
    restore: start,
  };
}

let db: Db;
let proxied: Db;
let api: Api;
let proxy: Awaited<ReturnType<typeof proxyTo>>;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  const target = inject('neo4j');
  proxy = await proxyTo(Number(new URL(target.uri.replace(/^neo4j/, 'http').replace(/^bolt/, 'http')).port));
  proxied = await connect({ ...target, uri: `bolt://127.0.0.1:${proxy.port()}` });
  api = await startApi(proxied);
  expect((await api.gql('mutation { createPerson(input: { name: "停電 太郎" }) { id } }')).errors).toBeUndefined();
});
afterAll(async () => {
  await api?.close();
  await proxied?.close();
  await db?.close();
});

describe('when the database is unreachable', () => {
  it('answers 503 with Retry-After within 2 s, says so on /readyz, logs once, and recovers', async () => {
    const warn = vi.spyOn(log, 'warn');
    const info = vi.spyOn(log, 'info');
    try {
      // Ready once the network has been read (asking starts the read).
      await expect.poll(async () => (await fetch(`${api.origin}/readyz`)).status, { timeout: 10_000 }).toBe(200);
      await proxy.cut();
      // Questions answered from the in-memory network trust it for SYNC_MS after its last check of
      // the change log; past that, they need the database like any other.
      await new Promise((resolve) => setTimeout(resolve, SYNC_MS + 100));
      // Once the outage is known (the once-a-second check or a probe found it), every question
      // answers 503 at once instead of waiting out the connection timeout.
      await expect.poll(async () => (await fetch(`${api.origin}/readyz`)).status, { timeout: 5_000 }).toBe(503);
      for (const query of [
        '{ search(text: "停電") { totalCount } }',
        'mutation { createPerson(input: { name: "x" }) { id } }',
      ]) {
        const started = performance.now();
        const res = await api.post(JSON.stringify({ query }));
        const took = performance.now() - started;
        expect(res.status, query).toBe(503);
        expect(res.headers.get('retry-after')).toBe('5');
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('UNAVAILABLE');
        expect(took, query).toBeLessThan(2_000);
      }
      const ready = await fetch(`${api.origin}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ ready: false, reason: 'database' });
      expect((await fetch(`${api.origin}/healthz`)).status).toBe(200);

      await proxy.restore();
      await expect.poll(async () => (await fetch(`${api.origin}/readyz`)).status, { timeout: 10_000 }).toBe(200);
      const back = await api.gql('{ search(text: "停電") { totalCount } }');
      expect(back.errors).toBeUndefined();
      expect(back.data!.search.totalCount).toBe(1);
      const said = (spy: typeof warn) => spy.mock.calls.map((c) => c[1]).filter((m) => /database/.test(String(m)));
      expect(said(warn)).toEqual(['the database is unavailable']);
      expect(said(info)).toEqual(['the database answers again']);
    } finally {
      warn.mockRestore();
      info.mockRestore();
    }
  });
});
