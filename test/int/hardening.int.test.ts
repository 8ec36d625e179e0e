/**
 * Production by default (issue 14): security headers with a strict CSP, no GraphQL introspection
 * and no Sandbox page unless in development mode, and the Host and Origin checks that stop DNS
 * rebinding and cross-site requests before anything runs.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Budgets } from '../../server/api/budget.ts';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

let db: Db;
let api: Api;
let dev: Api;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  api = await startApi(db);
  dev = await startApi(db, { http: { dev: true } });
});
afterAll(async () => {
  await api?.close();
  await dev?.close();
  await db?.close();
});

/** A raw HTTP request, so the Host header can be anything. */
function raw(origin: string, path: string, headers: Record<string, string>, body?: string) {
  const url = new URL(path, origin);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(url, { method: body === undefined ? 'GET' : 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('production by default', () => {
  it('sends security headers with a strict Content-Security-Policy', async () => {
    const res = await fetch(`${api.origin}/healthz`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP on localhost: no HSTS (it would pin the browser to HTTPS for localhost).
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('answers no introspection and serves no Sandbox page, except in development mode', async () => {
    const introspect = await api.gql('{ __schema { queryType { name } } }');
    expect(introspect.errors?.[0]?.message).toMatch(/introspection/i);
    const page = await fetch(`${api.url}`, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/sandbox|embeddable/i);
    const devIntrospect = await dev.gql('{ __schema { queryType { name } } }');
    expect(devIntrospect.data?.__schema.queryType.name).toBe('Query');
    const devPage = await fetch(`${dev.url}`, { headers: { accept: 'text/html' } });
    expect(await devPage.text()).toMatch(/apollo/i);
  });

  it('refuses a request naming another host (DNS rebinding) before it runs', async () => {
    const before = await snapshot(db);
    const body = JSON.stringify({ query: 'mutation { createPerson(input: { name: "rebinding" }) { id } }' });
    for (const host of ['evil.example', 'evil.example:80', '192.168.1.5', 'localhost.evil.example']) {
      const res = await raw(api.origin, '/graphql', { host, 'content-type': 'application/json' }, body);
      expect(res.status, host).toBe(421);
    }
    expect(await snapshot(db)).toEqual(before);
    const ok = await raw(api.origin, '/healthz', { host: `localhost:${new URL(api.origin).port}` });
    expect(ok.status).toBe(200);
  });

  it('refuses a browser request sent from another origin, and keeps same-origin ones', async () => {
    const before = await snapshot(db);
    const query = JSON.stringify({ query: 'mutation { createPerson(input: { name: "cross-site" }) { id } }' });
    const cross = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: query,
    });
    expect(cross.status).toBe(403);
    expect(await snapshot(db)).toEqual(before);
    const same = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: api.origin },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(same.status).toBe(200);
  });
});

describe('query cost control', () => {
  const LARGEST = 'neighbourhood(ids: ["Person:nobody"], depth: 3, limit: 5000) { nodes { key } }';

  it('refuses an alias bomb and a request over budget with a 4xx before anything runs', async () => {
    const bomb = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: ${LARGEST}`).join(' ')} }`;
    let started = performance.now();
    const refused = await api.post(JSON.stringify({ query: bomb }));
    // Run, these fifty traversals take half a minute; refused, the answer is immediate.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(refused.status).toBe(400);
    const body = (await refused.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('TOO_COSTLY');
    expect(body.errors[0]!.message).toMatch(/neighbourhood ×50/);
    const aliases = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
    expect((await api.gql(aliases)).errors?.[0]?.message).toBe('The operation uses 101 aliases; the limit is 100.');

    started = performance.now();
    const two = await api.post(JSON.stringify({ query: `{ a: ${LARGEST} b: ${LARGEST} }` }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(two.status).toBe(400);
    const twoBody = (await two.json()) as {
      errors: { message: string; extensions: { code: string; cost: number; limit: number } }[];
    };
    expect(twoBody.errors[0]!.extensions).toMatchObject({ code: 'TOO_COSTLY', limit: 2500 });
    expect(twoBody.errors[0]!.extensions.cost).toBeGreaterThan(2500);
    expect(twoBody.errors[0]!.message).toMatch(/neighbourhood ×2/);

    const deep = await api.gql(
      '{ person(id: "p") { ties { nodes { other { ties { nodes { other { ties { totalCount } } } } } } } } }',
    );
    expect(deep.errors?.[0]?.message).toBe('The operation is nested 9 levels deep; the limit is 8.');
  });

  it('refuses a client over its budget for the minute with 429 and Retry-After, other clients unaffected', async () => {
    const small = await startApi(db, { http: { budgets: new Budgets(5_000) } });
    try {
      const one = JSON.stringify({ query: `{ ${LARGEST} }` });
      // The largest view costs about 2,300 points: two fit in 5,000, the third does not.
      for (const _ of [1, 2]) expect((await small.post(one)).status).toBe(200);
      const third = await small.post(one);
      expect(third.status).toBe(429);
      const wait = Number(third.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(60);
      const body = (await third.json()) as { errors: { extensions: { code: string; retryAfter: number } }[] };
      expect(body.errors[0]!.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter: wait });
      const other = await small.as('someone-else@tests.example.org');
      expect((await other.post(one)).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});
