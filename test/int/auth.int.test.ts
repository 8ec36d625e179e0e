/**
 * Sign-in as it runs in production: links sent through a real SMTP server (in this process) and
 * read from it, a browser with a cookie jar following them, sessions in the real Neo4j, and the
 * access rules on the GraphQL API.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer, terminalMailer } from '../../server/auth/mailer.ts';
import { Auth, DEFAULT_AUTH_SETTINGS } from '../../server/auth/service.ts';
import type { Db } from '../../server/db/driver.ts';
import { startApi, TEST_ADMINISTRATOR, type Api, type ApiOptions } from '../helpers/api.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';
import { Browser } from '../helpers/browser-client.ts';
import { startMailBox, type MailBox } from '../helpers/mail.ts';

const linkIn = (text: string): string => {
  const link = text.match(/https?:\/\/\S+\/auth\/sign-in\/verify\?token=[A-Za-z0-9_-]+/)?.[0];
  if (!link) throw new Error(`no sign-in link in:\n${text}`);
  return link;
};

let db: Db;
let mail: MailBox;
const started: Api[] = [];
let now = Date.UTC(2026, 11, 5, 9, 0, 0);

async function api(options: ApiOptions = {}): Promise<Api> {
  const server = await startApi(db, {
    mailer: smtpMailer(mail.url, 'Tsunagari <no-reply@tests.example.org>'),
    clock: () => now,
    ...options,
  });
  started.push(server);
  return server;
}

beforeAll(async () => {
  db = await testDb();
  mail = await startMailBox();
});
afterAll(async () => {
  for (const server of started) await server.close();
  await mail.close();
  await db.close();
});
beforeEach(async () => {
  await wipe(db);
  await db.autoCommit('test-wipe-accounts');
  await mail.settle();
  now = Date.UTC(2026, 11, 5, 9, 0, 0);
});

async function people(admin: Api): Promise<void> {
  for (const input of [
    { id: 'p1', name: '田中 花子', email: 'Hanako.Tanaka@Example.org' },
    { id: 'p2', name: '佐藤 健', email: 'ken@example.org' },
  ]) {
    const res = await admin.gql('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', { input });
    expect(res.errors).toBeUndefined();
  }
}

describe('signed out', () => {
  it('answers only { __typename } and me; everything else is refused whole with 401', async () => {
    const server = await api({ signedInAs: null });
    const browser = new Browser(server.origin);
    expect((await browser.gql('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    expect(await browser.me()).toBeNull();
    for (const query of [
      '{ stats { people } }',
      '{ __typename stats { people } }',
      '{ ...F } fragment F on Query { stats { people } }',
      '{ ... on Query { search(text: "田中") { totalCount } } }',
      'mutation { deletePerson(id: "p1") { id } }',
    ]) {
      const { status, body } = await browser.gql(query);
      expect(status, query).toBe(401);
      expect(body.data, query).toBeUndefined();
      expect(body.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
    }
    // Introspection is off in production (server/http/app.ts): refused before sign-in is even asked.
    const introspection = await browser.gql('{ __schema { types { name } } }');
    expect(introspection.status).toBe(400);
    expect(introspection.body.data).toBeUndefined();
  });
});

describe('sign-in by e-mail link', () => {
  it('sends a Japanese link through SMTP that signs this browser in once, as the person with that address', async () => {
    const server = await api();
    await people(server);
    const browser = new Browser(server.origin);
    const asked = await browser.askForLink('  HANAKO.tanaka@example.org ', 'ja');
    expect(asked.status).toBe(202);
    const nonce = browser.cookies.get('tsunagari-sign-in')!;
    expect(nonce.attributes).toMatch(/HttpOnly/i);
    expect(nonce.attributes).toMatch(/SameSite=Lax/i);
    expect(nonce.attributes).toMatch(/Path=\//i);
    expect(nonce.attributes).not.toMatch(/Secure/i); // plain HTTP on localhost only

    const message = await mail.next('hanako.tanaka@example.org');
    expect(message.subject).toBe('Tsunagari へのサインイン');
    expect(message.text).toContain('15 分間、1 回だけ');
    const link = linkIn(message.text);
    expect(link.startsWith(server.origin)).toBe(true);

    const opened = await browser.fetch(link);
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe('/');
    const session = browser.cookies.get('tsunagari-session')!;
    expect(session.attributes).toMatch(/HttpOnly/i);
    expect(session.attributes).toMatch(/SameSite=Lax/i);
    expect(browser.cookies.has('tsunagari-sign-in')).toBe(false);
    expect(await browser.me()).toEqual({
      email: 'hanako.tanaka@example.org',
      administrator: false,
      person: { id: 'p1' },
    });

    // Single use: the same link again, even in the same browser, signs nobody in.
    const again = new Browser(server.origin);
    await again.askForLink('ken@example.org'); // a nonce of its own
    const reused = await browser.fetch(link);
    expect(reused.headers.get('location')).toBe('/?signIn=invalid');
  });

  it('writes in English when the browser asked in English', async () => {
    const server = await api();
    await people(server);
    const browser = new Browser(server.origin);
    await browser.askForLink('ken@example.org', 'en');
    const message = await mail.next('ken@example.org');
    expect(message.subject).toBe('Sign in to Tsunagari');
    expect(message.text).toContain('The link works once, for 15 minutes, in the browser that asked for it.');
  });

  it('refuses a link opened in another browser, which leaves it usable where it was asked for', async () => {
    const server = await api();
    await people(server);
    const asker = new Browser(server.origin);
    await asker.askForLink('ken@example.org');
    const link = linkIn((await mail.next('ken@example.org')).text);
    const other = new Browser(server.origin);
    const refused = await other.fetch(link);
    expect(refused.headers.get('location')).toBe('/?signIn=other-browser');
    expect(await other.me()).toBeNull();
    await asker.fetch(link);
    expect((await asker.me())?.person).toEqual({ id: 'p2' });
  });

  it('refuses an expired link', async () => {
    const server = await api();
    await people(server);
    const browser = new Browser(server.origin);
    await browser.askForLink('ken@example.org');
    const link = linkIn((await mail.next('ken@example.org')).text);
    now += 15 * 60_000 + 1;
    expect((await browser.fetch(link)).headers.get('location')).toBe('/?signIn=expired');
    expect(await browser.me()).toBeNull();
  });

  it('answers an unknown address exactly like a known one, sends nothing and stores nothing', async () => {
    const server = await api();
    await people(server);
    const before = await snapshot(db);
    const browser = new Browser(server.origin);
    const asked = await browser.askForLink('nobody@example.org');
    expect(asked.status).toBe(202);
    expect(await asked.json()).toEqual({ sent: true });
    await browser.askForLink('ken@example.org');
    await mail.next('ken@example.org');
    await mail.quiet();
    expect(mail.messages.filter((m) => m.to === 'nobody@example.org')).toEqual([]);
    const [row] = await db.read((tx) => tx.run('auth-link-recent', { email: 'nobody@example.org', since: 0 }));
    expect(row!.recent).toBe(0);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses bad input with a specific message, and forms posted from another site', async () => {
    const server = await api();
    const browser = new Browser(server.origin);
    const bad = await browser.askForLink('not-an-address');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: 'email: give an e-mail address such as name@example.org' },
    });
    const french = await browser.fetch('/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ken@example.org', language: 'fr' }),
    });
    expect(french.status).toBe(400);
    const form = await browser.fetch('/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=ken%40example.org',
    });
    expect(form.status).toBe(415);
    await mail.quiet();
    expect(mail.messages.filter((m) => m.to === 'ken@example.org')).toHaveLength(0);
  });

  it('limits links per address (5 in 15 minutes) and sign-in requests per IP (20), with 429 and Retry-After', async () => {
    const server = await api();
    await people(server);
    const browser = new Browser(server.origin);
    for (let i = 0; i < 5; i++) expect((await browser.askForLink('ken@example.org')).status).toBe(202);
    const limited = await browser.askForLink('ken@example.org');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBe(900);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('RATE_LIMITED');
    now += 15 * 60_000 + 1; // the per-address window has passed
    expect((await browser.askForLink('ken@example.org')).status).toBe(202);

    // The per-IP counter is shared by every instance on the database (decision 0022): another
    // instance counts the 7 requests above and allows 13 more.
    const other = await api();
    const flood = new Browser(other.origin);
    for (let i = 0; i < 13; i++) expect((await flood.askForLink(`someone${i}@example.org`)).status).toBe(202);
    const refused = await flood.askForLink('someone-else@example.org');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Without a trusted proxy, a forged X-Forwarded-For changes nothing.
    const forged = await flood.fetch('/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
      body: JSON.stringify({ email: 'forged@example.org' }),
    });
    expect(forged.status).toBe(429);
  });
});

describe('accounts and people', () => {
  it('links an account to the person that later gets its address, at the next sign-in', async () => {
    const server = await api();
    const before = await server.as('late@example.org');
    expect((await before.gql('{ me { person { id } } }')).data!.me.person).toBeNull();
    const created = await server.gql(
      'mutation { createPerson(input: { id: "p9", name: "遅 着", email: "Late@example.org" }) { id } }',
    );
    expect(created.errors).toBeUndefined();
    const after = await server.as('late@example.org');
    expect((await after.gql('{ me { person { id } } }')).data!.me.person).toEqual({ id: 'p9' });
  });
});

describe('behind a reverse proxy', () => {
  it('limits sign-in requests per client address given by the trusted proxy', async () => {
    const server = await api({ http: { trustProxy: 'loopback' } });
    const from = (ip: string, n: number) =>
      fetch(`${server.origin}/auth/sign-in/email`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ email: `someone${n}@example.org` }),
      });
    for (let i = 0; i < 20; i++) expect((await from('203.0.113.7', i)).status).toBe(202);
    expect((await from('203.0.113.7', 99)).status).toBe(429);
    expect((await from('198.51.100.4', 100)).status).toBe(202);
  });
});

describe('sessions', () => {
  async function signedIn(server: Api): Promise<Browser> {
    const browser = new Browser(server.origin);
    await browser.askForLink('ken@example.org');
    await browser.fetch(linkIn((await mail.next('ken@example.org')).text));
    expect(await browser.me()).not.toBeNull();
    return browser;
  }

  it('gives a new session id at every sign-in and ends a session on the server at sign-out', async () => {
    const server = await api();
    await people(server);
    const first = await signedIn(server);
    const second = await signedIn(server);
    const id = first.cookies.get('tsunagari-session')!.value;
    expect(second.cookies.get('tsunagari-session')!.value).not.toBe(id);

    const out = await first.fetch('/auth/sign-out', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(out.status).toBe(204);
    expect(first.cookies.has('tsunagari-session')).toBe(false);
    // The old id, replayed, is dead on the server; the other session lives on.
    const replay = new Browser(server.origin);
    replay.cookies.set('tsunagari-session', { value: id, attributes: '' });
    expect(await replay.me()).toBeNull();
    expect(await second.me()).not.toBeNull();
  });

  it('ends after 30 idle minutes, and after 12 hours however busy', async () => {
    const server = await api();
    await people(server);
    const idle = await signedIn(server);
    now += 29 * 60_000;
    expect(await idle.me()).not.toBeNull();
    now += 29 * 60_000; // 29 minutes after the last use: still alive
    expect(await idle.me()).not.toBeNull();
    now += 30 * 60_000 + 1;
    expect(await idle.me()).toBeNull();

    const busy = await signedIn(server);
    for (let hour = 0; hour < 12 * 3 - 1; hour++) {
      now += 20 * 60_000;
      expect(await busy.me(), `after ${(hour + 1) * 20} minutes`).not.toBeNull();
    }
    now += 20 * 60_000;
    expect(await busy.me()).toBeNull();
  });

  it('sweeps away ended sessions and expired links, and keeps live ones', async () => {
    const server = await api();
    await people(server);
    const live = await signedIn(server);
    const asking = new Browser(server.origin);
    await asking.askForLink('hanako.tanaka@example.org');
    await mail.next('hanako.tanaka@example.org');
    const idle = await signedIn(server);
    // An audit entry past the retention period (2 years by default) and one within it.
    const day = 24 * 60 * 60_000;
    for (const [action, at] of [
      ['Test.old', now - 731 * day],
      ['Test.recent', now - 700 * day],
    ] as const)
      await db.write((tx) => tx.run('audit-record', { at, accountId: 'x', action, records: [], organisations: [] }));
    now += 16 * 60_000; // the link has expired; both sessions are still within 30 idle minutes
    expect(await live.me()).not.toBeNull(); // a use: this one's idle time starts again
    now += 20 * 60_000; // 36 minutes after `idle` was last used, 20 after `live`
    const swept = await server.auth.sweep();
    expect(swept.links).toBe(1);
    expect(swept.sessions).toBeGreaterThanOrEqual(1);
    expect(swept.auditEntries).toBe(1);
    const entries = await db.read((tx) => tx.run('audit-list', { organisationId: null, skip: 0, limit: 10_000 }));
    expect(entries.map((e) => e.action).filter((a) => String(a).startsWith('Test.'))).toEqual(['Test.recent']);
    expect(await live.me()).not.toBeNull();
    expect(await idle.me()).toBeNull();
  });

  it('keeps Apollo CSRF prevention: a cross-site form or a GET cannot run a mutation with the cookie', async () => {
    const server = await api();
    await people(server);
    const admin = new Browser(server.origin);
    admin.cookies.set('tsunagari-session', {
      value: await server.auth.sessionFor('chief@example.org', true),
      attributes: '',
    });
    const before = await snapshot(db);
    const form = await admin.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { deletePerson(id: "p1") { id } }' }),
    });
    expect(form.status).toBe(400);
    expect(await form.text()).toMatch(/CSRF/);
    const viaGet = await admin.fetch(
      `/graphql?query=${encodeURIComponent('mutation { deletePerson(id: "p1") { id } }')}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(viaGet.status).toBe(405);
    expect(await snapshot(db)).toEqual(before);
  });

  it('uses __Host- cookies marked Secure when the explorer is served over HTTPS', async () => {
    const server = await api({ publicUrl: 'https://tsunagari.example.org' });
    await people(server);
    const browser = new Browser(server.origin);
    await browser.askForLink('ken@example.org');
    const nonce = browser.cookies.get('__Host-tsunagari-sign-in')!;
    expect(nonce.attributes).toMatch(/Secure/);
    expect(nonce.attributes).toMatch(/Path=\//);
    expect(nonce.attributes).not.toMatch(/Domain/i);
    expect(linkIn((await mail.next('ken@example.org')).text)).toMatch(/^https:\/\/tsunagari\.example\.org\/auth\//);
  });
});

describe('the first start', () => {
  it('creates the administrator once and gives a one-time link that works in any browser', async () => {
    const server = await api({ signedInAs: null });
    const link = await server.auth.ensureAdministrator(undefined);
    expect(link).toMatch(/\/auth\/sign-in\/verify\?token=/);
    expect(await server.auth.ensureAdministrator(undefined)).toBeNull();
    const browser = new Browser(server.origin);
    expect((await browser.fetch(link!)).headers.get('location')).toBe('/');
    expect(await browser.me()).toEqual({ email: 'admin@localhost', administrator: true, person: null });
    expect((await new Browser(server.origin).fetch(link!)).headers.get('location')).toBe('/?signIn=invalid');
  });

  it('makes the address named by TSUNAGARI_ADMIN_EMAIL an administrator', async () => {
    const server = await api({ signedInAs: null });
    await server.auth.ensureAdministrator(undefined);
    expect(await server.auth.ensureAdministrator('Chief@Example.org')).toBeNull();
    const [row] = await db.read((tx) => tx.run('auth-account-by-email', { email: 'chief@example.org' }));
    expect(row!.administrator).toBe(true);
  });
});

describe('who may do what', () => {
  it('lets a signed-in person read, edit their own record, and nothing else an administrator does', async () => {
    const server = await api();
    await people(server);
    const browser = new Browser(server.origin);
    await browser.askForLink('ken@example.org');
    await browser.fetch(linkIn((await mail.next('ken@example.org')).text));
    expect((await browser.gql('{ stats { people } }')).body.data.stats.people).toBe(2);

    const own = await browser.gql('mutation { updatePerson(id: "p2", patch: { bio: "地域の IT 支援" }) { bio } }');
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.updatePerson.bio).toBe('地域の IT 支援');

    const before = await snapshot(db);
    for (const mutation of [
      'mutation { updatePerson(id: "p1", patch: { bio: "x" }) { bio } }',
      'mutation { deletePerson(id: "p1") { id } }',
      'mutation { createPerson(input: { name: "誰か" }) { id } }',
      'mutation { startNetworkAnalysis { id } }',
    ]) {
      const { status, body } = await browser.gql(mutation);
      expect(status, mutation).toBe(403);
      expect(body.errors?.[0]?.extensions?.code, mutation).toBe('FORBIDDEN');
    }
    const exported = await browser.gql('{ exportData(format: JSON) { fileName } }');
    expect(exported.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('organisation roles', () => {
  async function network(admin: Api): Promise<void> {
    const lines = [
      'o1: createOrganisation(input: { id: "o1", name: "こどもネット", sector: NPO }) { id }',
      'o2: createOrganisation(input: { id: "o2", name: "まちづくり会", sector: NPO }) { id }',
      'p1: createPerson(input: { id: "p1", name: "田中 花子" }) { id }',
      'p3: createPerson(input: { id: "p3", name: "鈴木 一郎" }) { id }',
      'p5: createPerson(input: { id: "p5", name: "山田 秘", discoverable: false }) { id }',
      'm1: createMembership(input: { personId: "p1", organisationId: "o1" }) { since }',
      'm3: createMembership(input: { personId: "p3", organisationId: "o2" }) { since }',
      'm5: createMembership(input: { personId: "p5", organisationId: "o2" }) { since }',
    ];
    const res = await admin.gql(`mutation { ${lines.join('\n')} }`);
    expect(res.errors).toBeUndefined();
  }
  const SET = `mutation($o: ID!, $e: String!, $r: Role, $l: MailLanguage) {
    setOrganisationRole(organisationId: $o, email: $e, role: $r, language: $l) { email role person { id } } }`;
  const code = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

  it('invites an editor by e-mail, who then writes their organisation’s records and no one else’s', async () => {
    const admin = await api();
    await network(admin);
    const set = await admin.gql(SET, { o: 'o1', e: 'Editor@Example.org', r: 'EDITOR', l: 'EN' });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setOrganisationRole).toEqual([{ email: 'editor@example.org', role: 'EDITOR', person: null }]);
    const invitation = await mail.next('editor@example.org');
    expect(invitation.subject).toBe('Tsunagari: you were invited to こどもネット');
    expect(invitation.text).toContain('as an editor');

    const editor = await admin.as('editor@example.org');
    const ok = await editor.gql('mutation { updatePerson(id: "p1", patch: { bio: "代表" }) { bio } }');
    expect(ok.errors).toBeUndefined();
    const joined = await editor.gql(
      'mutation { createMembership(input: { personId: "p3", organisationId: "o1" }) { since } }',
    );
    expect(joined.errors).toBeUndefined();

    const RIGHTS = 'query($k: ID!) { editRights(key: $k) { edit delete } }';
    const rights = async (k: string) => (await editor.gql(RIGHTS, { k })).data!.editRights;
    expect(await rights('Person:p1')).toEqual({ edit: true, delete: true });
    expect(await rights('Organisation:o2')).toEqual({ edit: false, delete: false });
    expect(await rights('Person:p5')).toEqual({ edit: false, delete: false }); // hidden, of o2
    expect(await rights('Organisation:o1')).toEqual({ edit: true, delete: false });
    expect(await rights('Person:nobody')).toEqual({ edit: false, delete: false });
    expect(code(await editor.gql(RIGHTS, { k: 'Robot:r1' }))).toBe('BAD_USER_INPUT');

    const before = await snapshot(db);
    for (const mutation of [
      'mutation { updateOrganisation(id: "o2", patch: { name: "乗っ取り" }) { name } }',
      'mutation { createMembership(input: { personId: "p1", organisationId: "o2" }) { since } }',
      'mutation { deleteOrganisation(id: "o1") { id } }',
    ]) {
      const res = await editor.gql(mutation);
      expect(code(res), mutation).toBe('FORBIDDEN');
    }
    expect(await snapshot(db)).toEqual(before);

    // A hidden person of another organisation is answered exactly like an id that does not exist.
    const hidden = await editor.gql('mutation { updatePerson(id: "p5", patch: { bio: "x" }) { bio } }');
    const missing = await editor.gql('mutation { updatePerson(id: "p404", patch: { bio: "x" }) { bio } }');
    expect(code(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.message.replace('p5', 'ID')).toBe(missing.errors![0]!.message.replace('p404', 'ID'));

    await admin.gql(SET, { o: 'o1', e: 'viewer@example.org', r: 'VIEWER' });
    const viewer = await admin.as('viewer@example.org');
    expect(code(await viewer.gql('mutation { updatePerson(id: "p1", patch: { bio: "x" }) { bio } }'))).toBe(
      'FORBIDDEN',
    );
  });

  it('keeps an audit log of who changed, exported or gave roles, without the values, for owners and administrators', async () => {
    const admin = await api();
    await network(admin);
    await admin.gql(SET, { o: 'o1', e: 'owner@example.org', r: 'OWNER' });
    await admin.gql(SET, { o: 'o1', e: 'editor@example.org', r: 'EDITOR' });
    const editor = await admin.as('editor@example.org');
    expect(
      (await editor.gql('mutation { updatePerson(id: "p1", patch: { bio: "秘密の値" }) { id } }')).errors,
    ).toBeUndefined();
    expect(
      (await admin.gql('mutation { updateOrganisation(id: "o2", patch: { url: "https://o2.example.org" }) { id } }'))
        .errors,
    ).toBeUndefined();
    expect((await admin.gql('{ exportData(format: JSON) { fileName } }')).errors).toBeUndefined();
    const refused = await editor.gql('mutation { updateOrganisation(id: "o2", patch: { name: "x" }) { id } }');
    expect(code(refused)).toBe('FORBIDDEN');

    const LOG = `query($o: ID) { auditLog(organisationId: $o) { at actor action records organisations } }`;
    const owner = await admin.as('owner@example.org');
    const mine = (await owner.gql(LOG, { o: 'o1' })).data!.auditLog as {
      actor: string;
      action: string;
      records: string[];
    }[];
    expect(mine.map((e) => [e.actor, e.action, e.records])).toEqual([
      ['editor@example.org', 'Mutation.updatePerson', ['Person:p1']],
      [TEST_ADMINISTRATOR, 'Mutation.setOrganisationRole', []],
      [TEST_ADMINISTRATOR, 'Mutation.setOrganisationRole', []],
      [TEST_ADMINISTRATOR, 'Mutation.createMembership', ['Person:p1', 'Organisation:o1']],
      [TEST_ADMINISTRATOR, 'Mutation.createOrganisation', ['Organisation:o1']],
    ]);
    expect(JSON.stringify(mine)).not.toContain('秘密の値');
    expect(code(await editor.gql(LOG, { o: 'o1' }))).toBe('FORBIDDEN');
    expect(code(await owner.gql(LOG, {}))).toBe('FORBIDDEN');
    const all = (await admin.gql(LOG, {})).data!.auditLog as { action: string }[];
    expect(all.map((e) => e.action).slice(0, 2)).toEqual(['Query.exportData', 'Mutation.updateOrganisation']);
    expect(all.some((e) => e.action === 'Mutation.updateOrganisation' && JSON.stringify(e).includes('"x"'))).toBe(
      false,
    );
  });

  it('lets an owner export their organisation’s part of the network, and nobody else’s', async () => {
    const admin = await api();
    await network(admin);
    await admin.gql(SET, { o: 'o1', e: 'owner@example.org', r: 'OWNER' });
    await admin.gql(SET, { o: 'o1', e: 'editor@example.org', r: 'EDITOR' });
    const owner = await admin.as('owner@example.org');
    const EXPORT = 'query($o: ID) { exportData(format: JSON, organisationId: $o) { contentBase64 } }';
    const mine = await owner.gql(EXPORT, { o: 'o1' });
    expect(mine.errors).toBeUndefined();
    const file = Buffer.from(mine.data!.exportData.contentBase64 as string, 'base64').toString('utf8');
    expect(file).toContain('田中 花子');
    expect(file).not.toContain('鈴木 一郎'); // a member of o2 only
    expect(code(await owner.gql(EXPORT, { o: 'o2' }))).toBe('FORBIDDEN');
    expect(code(await owner.gql(EXPORT, {}))).toBe('FORBIDDEN');
    expect(code(await (await admin.as('editor@example.org')).gql(EXPORT, { o: 'o1' }))).toBe('FORBIDDEN');
    expect((await admin.gql(EXPORT, {})).errors).toBeUndefined();
  });

  it('lets owners manage their organisation’s roles, never leaving it without an owner', async () => {
    const admin = await api();
    await network(admin);
    await admin.gql(SET, { o: 'o1', e: 'owner@example.org', r: 'OWNER' });
    const owner = await admin.as('owner@example.org');
    expect(code(await owner.gql(SET, { o: 'o2', e: 'x@example.org', r: 'VIEWER' }))).toBe('FORBIDDEN');
    expect(code(await owner.gql('{ organisationAccounts(organisationId: "o2") { email } }'))).toBe('FORBIDDEN');

    const before = await snapshot(db);
    const alone = await owner.gql(SET, { o: 'o1', e: 'owner@example.org', r: null });
    expect(code(alone)).toBe('CONFLICT');
    expect(await snapshot(db)).toEqual(before);

    expect((await owner.gql(SET, { o: 'o1', e: 'second@example.org', r: 'OWNER' })).errors).toBeUndefined();
    const left = await owner.gql(SET, { o: 'o1', e: 'owner@example.org', r: null });
    expect(left.data!.setOrganisationRole).toEqual([{ email: 'second@example.org', role: 'OWNER', person: null }]);
    const bad = await admin.gql(SET, { o: 'o1', e: 'not an address', r: 'VIEWER' });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('session uses', () => {
  it('are written off the request’s path, many sessions in one write, and count here at once', async () => {
    // Every write waits at a gate while it is shut, and the statements of each write are noted.
    let gate: Promise<void> | null = null;
    const writes: { names: string[]; touches: number }[] = [];
    const gated: Db = {
      ...db,
      write: async (work) => {
        if (gate) await gate;
        const noted = { names: [] as string[], touches: 0 };
        writes.push(noted);
        return db.write((tx) =>
          work({
            ...tx,
            run: (name, params, identifiers) => {
              noted.names.push(name);
              if (name === 'auth-session-touch') noted.touches += (params?.touches as unknown[]).length;
              return tx.run(name, params, identifiers);
            },
          }),
        );
      },
    };
    const auth = new Auth(
      gated,
      terminalMailer(() => {}),
      {
        ...DEFAULT_AUTH_SETTINGS,
        publicUrl: () => 'http://localhost',
      },
      () => now,
    );
    const sessions = await Promise.all(['a', 'b', 'c', 'd', 'e'].map((x) => auth.sessionFor(`${x}@example.org`)));
    now += 2 * 60_000; // every session is due for a use to be recorded
    let open = () => {};
    gate = new Promise((resolve) => (open = resolve));
    writes.length = 0;
    // The requests are answered while the write of their uses cannot even start.
    const viewers = await Promise.all(sessions.map((s) => auth.viewer(s)));
    expect(viewers.every((v) => v !== null)).toBe(true);
    expect(writes).toEqual([]);
    gate = null;
    open();
    await auth.writeUses();
    const touching = writes.filter((w) => w.names.includes('auth-session-touch'));
    expect(touching.map((w) => w.touches)).toEqual([5]);
    const seen = await db.read((tx) => tx.runText('MATCH (s:Session) RETURN s.lastSeenAt AS at'));
    expect(seen.map((r) => Number(r.at))).toEqual(sessions.map(() => now));
    // A use recorded here and not yet written counts here at once: 29 minutes later the session
    // lives, though the database still says it was last used 31 minutes before.
    now += 2 * 60_000;
    gate = new Promise((resolve) => (open = resolve));
    expect(await auth.viewer(sessions[0]!)).not.toBeNull();
    now += 29 * 60_000;
    expect(await auth.viewer(sessions[0]!)).not.toBeNull();
    gate = null;
    open();
    await auth.stop();
  });
});

describe('session reads', () => {
  /** An Auth whose session reads are counted and wait at a gate while it is shut. */
  function gatedAuth() {
    let gate: Promise<void> | null = null;
    let release = () => {};
    let reads = 0;
    const gated: Db = {
      ...db,
      read: async (work) => {
        let session = false;
        const result = await db.read((tx) =>
          work({
            ...tx,
            run: (name, params, identifiers) => {
              session ||= name === 'auth-session-get';
              return tx.run(name, params, identifiers);
            },
          }),
        );
        if (session) {
          reads++;
          if (gate) await gate;
        }
        return result;
      },
    };
    const auth = new Auth(
      gated,
      terminalMailer(() => {}),
      { ...DEFAULT_AUTH_SETTINGS, publicUrl: () => 'http://localhost' },
      () => now,
    );
    return {
      auth,
      reads: () => reads,
      shut: () => void (gate = new Promise((resolve) => (release = resolve))),
      open: () => {
        gate = null;
        release();
      },
    };
  }

  it('never make a session in steady use wait, read once for requests together, and keep nothing across a sign-out', async () => {
    const { auth, reads, shut, open } = gatedAuth();
    const session = await auth.sessionFor('steady@example.org');
    // Requests of one session arriving together share one read.
    const together = await Promise.all([auth.viewer(session), auth.viewer(session), auth.viewer(session)]);
    expect(together.every((v) => v?.email === 'steady@example.org')).toBe(true);
    expect(reads()).toBe(1);
    // Shortly before the cached viewer runs out (5 s), a request is answered from it at once while
    // it is read again in the background: the read cannot finish, and the answer still comes.
    shut();
    now += 4_000;
    expect((await auth.viewer(session))?.email).toBe('steady@example.org');
    await expect.poll(reads).toBe(2);
    open();
    await expect.poll(() => (auth as unknown as { lookups: Map<string, unknown> }).lookups.size).toBe(0);
    // The background read renewed it: 4 s later (8 s after the first read) no request waits.
    now += 2_000;
    expect((await auth.viewer(session))?.email).toBe('steady@example.org');
    expect(reads()).toBe(2);
    // A read still out when the session is signed out keeps nothing: the next request reads again
    // and finds no session.
    shut();
    now += 2_000;
    await auth.viewer(session); // inside the last 1.5 s: starts a background read, held at the gate
    await expect.poll(reads).toBe(3);
    const signedOut = auth.signOut(session);
    open();
    await signedOut;
    expect(await auth.viewer(session)).toBeNull();
    expect(reads()).toBe(4);
    await auth.stop();
  });

  it('count a use whose batch commits while the read is out', async () => {
    const { auth, reads, shut, open } = gatedAuth();
    const session = await auth.sessionFor('batched@example.org');
    now += 20 * 60_000;
    expect(await auth.viewer(session)).not.toBeNull(); // a use, pending in the next batch
    // 40 minutes after sign-in, 20 after the use: the read sees the time of sign-in, and the use's
    // batch commits before the read's answer is looked at.
    now += 20 * 60_000;
    shut();
    const before = reads();
    const viewer = auth.viewer(session);
    await expect.poll(reads).toBe(before + 1);
    await auth.writeUses();
    open();
    expect((await viewer)?.email).toBe('batched@example.org');
    await auth.stop();
  });
});
