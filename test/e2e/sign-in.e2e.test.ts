/**
 * Signing in as people do: the sign-in page in Japanese and English, the link read from the real
 * SMTP server the API sends to, opened in the same browser (and refused in another), and sign-out.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMailBox, type MailBox } from '../helpers/mail.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';

let mail: MailBox;
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  mail = await startMailBox();
  session = await startBrowserSession({
    signedIn: false,
    env: {
      SMTP_URL: mail.url,
      MAIL_FROM: 'Tsunagari <no-reply@tests.example.org>',
      TSUNAGARI_ADMIN_EMAIL: 'chief@example.org',
    },
  });
  page = session.page;
}, 180_000);

afterAll(async () => {
  await session?.stop();
  await mail?.close();
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
