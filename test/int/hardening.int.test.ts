/**
 * Production by default (issue 14): security headers with a strict CSP, no GraphQL introspection
 * and no Sandbox page unless in development mode, and the Host and Origin checks that stop DNS
 * rebinding and cross-site requests before anything runs.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
