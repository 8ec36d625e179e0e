/**
 * The read-only public demo in Chromium (TSUNAGARI_PUBLIC_DEMO=true): a visitor who has not signed
 * in reads the explorer on the demo network, is offered no Edit and no private tie, and reaches the
 * sign-in page from the header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession({ signedIn: false, env: { TSUNAGARI_PUBLIC_DEMO: 'true' } });
}, 180_000);

afterAll(async () => {
  await session?.stop();
});

describe('the public demo', () => {
  it('shows a visitor the explorer, read-only, with a way to sign in', async () => {
    const { page } = session;
    await page.goto(`${session.url}/?node=Person:p001&lang=ja`);
    const details = page.locator('aside.details');
    await details.getByRole('button', { name: '紹介を探す' }).waitFor();
    await page.waitForTimeout(500);
    expect(await details.getByRole('button', { name: '編集' }).count()).toBe(0);
    // p001's private tie (seed/demo/key-people.ts: p001–p011, 学生時代からの親友) is nobody's to see here.
    expect(await page.locator('body').textContent()).not.toContain('学生時代からの親友');
    await page.getByRole('link', { name: 'サインイン' }).click();
    await page.getByRole('button', { name: 'リンクを送る' }).waitFor();
    expect(session.problems).toEqual([]);
  });
});
