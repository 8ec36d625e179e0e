/**
 * Sign-in with OpenID Connect against a real OpenID provider running in this process: the code
 * flow with PKCE, state and nonce as a browser goes through it (the provider's own login and
 * consent pages), and each check made to fail: a changed state, nonce or code verifier, an
 * unverified or disallowed address, an address with no account, a browser that did not start.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { Browser } from '../helpers/browser-client.ts';
import { testDb, wipe } from '../helpers/db.ts';
import { startOpenIdProvider, type OpenIdProvider } from '../helpers/openid-provider.ts';

let db: Db;
let provider: OpenIdProvider;
let api: Api;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await db.autoCommit('test-wipe-accounts');
  provider = await startOpenIdProvider();
  api = await startApi(db, {
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
      allowedDomains: ['example.org', 'example.jp'],
      name: 'Example Workspace',
    },
  });
  provider.register(`${api.origin}/auth/oidc/callback`);
  const people = await api.gql(`mutation {
    a: createPerson(input: { id: "p1", name: "田中 花子", email: "hanako@example.org" }) { id }
    b: createPerson(input: { id: "p2", name: "佐藤 健", email: "ken@example.jp" }) { id }
    c: createPerson(input: { id: "p3", name: "外 部", email: "outside@elsewhere.net" }) { id }
  }`);
  expect(people.errors).toBeUndefined();
  provider.identities.set('hanako', { email: 'Hanako@Example.org', email_verified: true });
  provider.identities.set('ken-unverified', { email: 'ken@example.jp', email_verified: false });
  provider.identities.set('outsider', { email: 'outside@elsewhere.net', email_verified: true });
  provider.identities.set('stranger', { email: 'stranger@example.org', email_verified: true });
});
afterAll(async () => {
  await api?.close();
  await provider?.close();
  await db?.close();
});

/** Where a redirect points, resolved against the URL it came from. */
const next = (response: Response, from: string) => new URL(response.headers.get('location')!, from).href;

/**
 * Starts at /auth/oidc/start and walks the provider's login (as `subject`) and consent pages until
 * the provider sends the browser back. Returns the callback URL, not yet opened.
 */
async function toCallback(browser: Browser, subject: string): Promise<string> {
  let url = `${api.origin}/auth/oidc/start`;
  for (let step = 0; step < 20; step++) {
    if (url.startsWith(`${api.origin}/auth/oidc/callback`)) return url;
    const response = await browser.fetch(url);
    if (response.status >= 300 && response.status < 400) {
      url = next(response, url);
      continue;
    }
    expect(response.status, await response.clone().text()).toBe(200);
    const page = await response.text();
    const prompt = page.includes('name="login"') ? 'login' : 'consent';
    const form = new URLSearchParams(prompt === 'login' ? { prompt, login: subject, password: 'x' } : { prompt });
    const submitted = await browser.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    url = next(submitted, url);
  }
  throw new Error('the provider never sent the browser back');
}

async function signIn(subject: string, change: (browser: Browser, callback: URL) => void = () => {}) {
  const browser = new Browser(api.origin);
  const callback = new URL(await toCallback(browser, subject));
  change(browser, callback);
  const back = await browser.fetch(callback.href);
  expect(back.status).toBe(303);
  return { browser, location: back.headers.get('location') };
}

const ATTEMPT = 'tsunagari-oidc';
const tamper = (browser: Browser, index: number) => {
  const cookie = browser.cookies.get(ATTEMPT)!;
  const parts = JSON.parse(Buffer.from(cookie.value, 'base64url').toString()) as string[];
  parts[index] = `${parts[index]!.slice(0, -2)}xx`;
  cookie.value = Buffer.from(JSON.stringify(parts)).toString('base64url');
};

beforeEach(async () => {
  await db.autoCommit('test-wipe-accounts');
});

describe('sign-in with OpenID Connect', () => {
  it('offers the provider on the sign-in page', async () => {
    expect(await (await fetch(`${api.origin}/auth/options`)).json()).toEqual({
      oidc: 'Example Workspace',
      publicDemo: false,
    });
  });

  it('signs in a verified address of an allowed domain as the person it belongs to', async () => {
    const { browser, location } = await signIn('hanako');
    expect(location).toBe('/');
    expect(browser.cookies.has(ATTEMPT)).toBe(false);
    expect(await browser.me()).toEqual({ email: 'hanako@example.org', administrator: false, person: { id: 'p1' } });
  });

  it('sends PKCE (S256), state and nonce to the provider', async () => {
    const browser = new Browser(api.origin);
    const start = await browser.fetch('/auth/oidc/start');
    const authorize = new URL(start.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${api.origin}/auth/oidc/callback`);
    expect(browser.cookies.get(ATTEMPT)!.attributes).toMatch(/HttpOnly/i);
  });

  it('refuses a changed state, nonce or code verifier', async () => {
    const changedState = await signIn('hanako', (_b, callback) => callback.searchParams.set('state', 'forged'));
    expect(changedState.location).toBe('/?signIn=oidc-failed');
    const changedNonce = await signIn('hanako', (browser) => tamper(browser, 1));
    expect(changedNonce.location).toBe('/?signIn=oidc-failed');
    const changedVerifier = await signIn('hanako', (browser) => tamper(browser, 2));
    expect(changedVerifier.location).toBe('/?signIn=oidc-failed');
    for (const attempt of [changedState, changedNonce, changedVerifier]) expect(await attempt.browser.me()).toBeNull();
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    const starter = new Browser(api.origin);
    const callback = await toCallback(starter, 'hanako');
    const other = new Browser(api.origin);
    const back = await other.fetch(callback);
    expect(back.headers.get('location')).toBe('/?signIn=oidc-failed');
    expect(await other.me()).toBeNull();
  });

  it('refuses an unverified address, another domain, and an address that may not sign in', async () => {
    expect((await signIn('ken-unverified')).location).toBe('/?signIn=unverified');
    expect((await signIn('outsider')).location).toBe('/?signIn=domain');
    expect((await signIn('stranger')).location).toBe('/?signIn=no-account');
    const [accounts] = await db.read((tx) => tx.run('auth-account-by-email', { email: 'stranger@example.org' }));
    expect(accounts).toBeUndefined();
  });
});
