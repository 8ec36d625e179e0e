/**
 * Signing in as people do: the sign-in page in Japanese and English, the link read from the real
 * SMTP server the API sends to, opened in the same browser (and refused in another), and sign-out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailBox, type MailBox } from '../helpers/mail.ts';
import { startOpenIdProvider, type OpenIdProvider } from '../helpers/openid-provider.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';

let mail: MailBox;
let provider: OpenIdProvider;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  mail = await startMailBox();
  provider = await startOpenIdProvider();
  session = await startBrowserSession({
    signedIn: false,
    env: {
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: provider.clientId,
      OIDC_CLIENT_SECRET: provider.clientSecret,
      OIDC_NAME: 'Example Workspace',
      SMTP_URL: mail.url,
      MAIL_FROM: 'Tsunagari <no-reply@tests.example.org>',
      TSUNAGARI_ADMIN_EMAIL: 'chief@example.org',
    },
  });
  page = session.page;
  provider.register(`${session.url}/auth/oidc/callback`);
  provider.identities.set('hanako', { email: 'hanako.tanaka@example.org', email_verified: true });
}, 180_000);

afterAll(async () => {
  await session?.stop();
  await mail?.close();
  await provider?.close();
});

const linkIn = (text: string) => text.match(/http\S+\/auth\/sign-in\/verify\?token=\S+/)![0];

describe('sign-in by e-mail link', () => {
  it('signs the administrator in and out in Japanese', async () => {
    await page.goto(session.url);
    await page.getByRole('heading', { name: 'サインイン' }).waitFor();
    await page.getByLabel('メールアドレス').fill('chief@example.org');
    await page.getByRole('button', { name: 'リンクを送る' }).click();
    await page.getByRole('status').filter({ hasText: 'リンクを送りました' }).waitFor();

    const message = await mail.next('chief@example.org');
    expect(message.subject).toBe('Tsunagari へのサインイン');
    await page.goto(linkIn(message.text));
    await page.getByRole('button', { name: 'サインアウト' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('.account-name').textContent()).toBe('chief@example.org');
    await page.locator('.app-header input').first().waitFor();

    await page.getByRole('button', { name: 'サインアウト' }).click();
    await page.getByRole('heading', { name: 'サインイン' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'サインイン' }).waitFor();
    expect(await page.getByRole('button', { name: 'サインアウト' }).count()).toBe(0);
  });

  it('signs a person of the network in, in English, and refuses their link in another browser', async () => {
    await page.goto(session.url);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('E-mail address').fill('an.nguyen@example.org');
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByRole('status').filter({ hasText: 'a link is on its way' }).waitFor();
    const message = await mail.next('an.nguyen@example.org');
    expect(message.subject).toBe('Sign in to Tsunagari');
    const link = linkIn(message.text);

    // Another browser (no cookies, no saved language: Japanese) is told where to open the link.
    const other = await page.context().browser()!.newPage();
    await other.goto(link);
    await other.getByText('リンクはサインインを求めたブラウザーで開いてください。').waitFor();
    await other.close();

    await page.goto(link);
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('.account-name').textContent()).toBe('Nguyen Van An');
    expect(session.problems).toEqual([]);
  });
});

describe('sign-in with the organisation’s OpenID provider', () => {
  it('goes to the provider and comes back signed in as the person with the verified address', async () => {
    const browser = await (await session.newContext({ signedIn: false, locale: 'ja-JP' })).newPage();
    await browser.goto(session.url);
    await browser.getByRole('link', { name: 'Example Workspace でサインイン' }).click();
    // The provider's own (development) login and consent pages.
    await browser.locator('input[name="login"]').fill('hanako');
    await browser.locator('input[name="password"]').fill('any');
    await browser.getByRole('button', { name: 'Sign-in' }).click();
    await browser.getByRole('button', { name: 'Continue' }).click();
    await browser.getByRole('button', { name: 'サインアウト' }).waitFor();
    expect(await browser.locator('.account-name').textContent()).toBe('田中 花子');
  });
});

describe('organisation roles in the explorer', () => {
  const dialog = (p: Page) => p.getByRole('dialog');

  it('an owner invites an editor, who accepts by signing in and edits a member; a viewer and someone without a role are offered only their own record', async () => {
    // The administrator (TSUNAGARI_ADMIN_EMAIL) invites a member of staff to o01 as an editor.
    const admin = await (await session.newContext({ as: 'chief@example.org', locale: 'ja-JP' })).newPage();
    await admin.goto(`${session.url}/?node=Organisation:o01&lang=ja`);
    const access = admin.locator('.access-section');
    await access.getByRole('heading', { name: /アカウントと権限/ }).waitFor();
    await access.getByLabel('メールアドレス').fill('staff@example.org');
    await access.getByLabel('権限', { exact: true }).selectOption('EDITOR');
    await access.getByRole('button', { name: '招待する' }).click();
    await access.locator('.access-row', { hasText: 'staff@example.org' }).waitFor();
    const invitation = await mail.next('staff@example.org');
    expect(invitation.subject).toMatch(/^Tsunagari: .+ に招待されました$/);
    expect(invitation.text).toContain('編集者');

    // The invitation is accepted by signing in with that address, in a browser of their own.
    const staff = await (await session.newContext({ signedIn: false, locale: 'ja-JP' })).newPage();
    await staff.goto(invitation.text.match(/http\S+\//)![0]);
    await staff.getByLabel('メールアドレス').fill('staff@example.org');
    await staff.getByRole('button', { name: 'リンクを送る' }).click();
    await staff.goto(linkIn((await mail.next('staff@example.org')).text));
    await staff.getByRole('button', { name: 'サインアウト' }).waitFor();

    // As an editor of o01, they change the bio of one of its members (p001).
    await staff.goto(`${session.url}/?node=Person:p001&lang=ja`);
    await staff.locator('aside.details').getByRole('button', { name: '編集' }).click();
    await dialog(staff).getByLabel('紹介文').fill('こども食堂の代表です。');
    await dialog(staff).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => dialog(staff).count(), { timeout: 10_000 }).toBe(0);

    // A person of the network signed in without a role is offered no Edit for someone else's
    // record (the server would refuse it: test/int/auth.int.test.ts), only for their own.
    const outsider = await (await session.newContext({ as: 'an.nguyen@example.org', locale: 'ja-JP' })).newPage();
    await outsider.goto(`${session.url}/?node=Person:p001&lang=ja`);
    await outsider.locator('aside.details').getByRole('button', { name: '紹介を探す' }).waitFor();
    await outsider.waitForTimeout(500);
    expect(await outsider.locator('aside.details').getByRole('button', { name: '編集' }).count()).toBe(0);
    await outsider.goto(`${session.url}/?node=Person:p010&lang=ja`);
    await outsider.locator('aside.details').getByRole('button', { name: '編集' }).waitFor();
    expect(await outsider.locator('aside.details .edit-delete-button').count()).toBe(0);
    // What is stored is still the editor's text, and the organisation's audit log says who wrote it.
    await admin.goto(`${session.url}/?node=Person:p001&lang=ja`);
    await admin.locator('aside.details').getByText('こども食堂の代表です。').waitFor();
    await admin.goto(`${session.url}/?node=Organisation:o01&lang=ja`);
    await admin.getByText('最近の変更（監査ログ）').click();
    const latest = admin.locator('.audit-list li').first();
    await expect.poll(() => latest.textContent(), { timeout: 10_000 }).toContain('staff@example.org');
    expect(await latest.textContent()).toContain('人物を更新');
    expect(await admin.locator('.audit-list').textContent()).not.toContain('こども食堂の代表です。');
    // A viewer of o01 reads its members and may edit none of them.
    const role = await admin.evaluate(async () => {
      const query =
        'mutation { setOrganisationRole(organisationId: "o01", email: "viewer@example.org", role: VIEWER) { role } }';
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return (await response.json()) as { errors?: unknown[] };
    });
    expect(role.errors).toBeUndefined();
    const viewer = await (await session.newContext({ as: 'viewer@example.org', locale: 'ja-JP' })).newPage();
    await viewer.goto(`${session.url}/?node=Person:p001&lang=ja`);
    await viewer.locator('aside.details').getByRole('button', { name: '紹介を探す' }).waitFor();
    await viewer.waitForTimeout(500);
    expect(await viewer.locator('aside.details').getByRole('button', { name: '編集' }).count()).toBe(0);
  });
});

describe('my data', () => {
  it('shows and downloads everything about the signed-in person, then erases them', async () => {
    const context = await session.newContext({
      as: 'takuya.yoshida@example.jp',
      locale: 'ja-JP',
      acceptDownloads: true,
    });
    const mine = await context.newPage();
    await mine.goto(session.url);
    await mine.locator('.account-name').click();
    await mine.getByRole('heading', { name: '自分のデータ' }).waitFor();
    await expect
      .poll(() => mine.locator('.my-data-json').textContent(), { timeout: 10_000 })
      .toContain('takuya.yoshida@example.jp');
    const [download] = await Promise.all([
      mine.waitForEvent('download'),
      mine.getByRole('button', { name: 'JSON でダウンロード' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tsunagari-my-data.json');

    await mine.getByLabel('確認のため、アカウントのメールアドレスを入力してください').fill('takuya.yoshida@example.jp');
    await mine.getByRole('button', { name: '消去する' }).click();
    await mine.getByRole('heading', { name: 'サインイン' }).waitFor();
    // Nothing is left to sign in as: asking for a link sends nothing to the address.
    await mine.getByLabel('メールアドレス').fill('takuya.yoshida@example.jp');
    await mine.getByRole('button', { name: 'リンクを送る' }).click();
    await mine.getByRole('status').waitFor();
    await mail.quiet();
    expect(mail.messages.filter((m) => m.to === 'takuya.yoshida@example.jp')).toEqual([]);
    await context.close();
  });
});
