/**
 * An introduction request in real browsers, one per person, on the demo network: 田中 花子 finds
 * a path to someone she has no tie with and sends the drafted letter as a request; the introducer
 * sees it waiting (the badge), accepts in Japanese; the person to meet accepts in English; both
 * see each other's address; her "we met" adds the tie, and her next introductions answer uses it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';
import { SOURCE, strangerTwoStepsAway } from './demo-people.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
const target = strangerTwoStepsAway();
const ASKER_EMAIL = 'hanako.tanaka@example.org';
const INTRODUCER_EMAIL = 'introducer@requests.example.org';
const TARGET_EMAIL = 'to-meet@requests.example.org';

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.stop();
});

/** An answer read loosely: the test checks the fields it names. */
type Answer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs a GraphQL request in the page, as that browser's signed-in account. */
async function gqlIn(page: Page, query: string): Promise<Answer> {
  return page.evaluate(async (q) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q }),
    });
    return (await response.json()) as Answer;
  }, query);
}

async function pageAs(email: string, locale: string): Promise<Page> {
  const context = await session.newContext({ as: email, locale, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => session.problems.push(`page error: ${error.message}`));
  return page;
}

describe('an introduction request, from a path to a meeting', () => {
  it('is sent from a path, accepted hop by hop, shares contacts, and "met" becomes a tie', async () => {
    const asker = await pageAs(ASKER_EMAIL, 'ja-JP');
    await asker.goto(`${session.url}/?node=Person:${SOURCE}`);
    await waitForGraph(asker);
    await asker.getByRole('button', { name: '紹介を探す' }).click();
    const finder = asker.locator('section.intro');
    await finder.getByRole('combobox').fill(target.name);
    await expect.poll(() => finder.getByRole('option').first().innerText()).toContain(target.name);
    await finder.getByRole('combobox').press('Enter');
    const card = asker.locator('.intro-results .path-list > .path-card').first();
    await card.locator('.path-head').click();
    const letter = card.locator('.request-text');
    await expect.poll(() => letter.inputValue()).toContain('田中 花子');
    await letter.fill(`${await letter.inputValue()}\n\n追伸: 助成金申請の件でご相談したいです。`);
    await card.getByRole('button', { name: '依頼として送る' }).click();
    await expect
      .poll(() => card.locator('.request-sent').innerText(), { timeout: 10_000 })
      .toContain('依頼を送りました');

    // Who is on it: read as the asker (her own view shows the whole path).
    const mine = await gqlIn(asker, '{ introductionRequests { id message path { id } } }');
    const [request] = mine.data.introductionRequests;
    expect(request.message).toContain('追伸: 助成金申請の件');
    const path = request.path.map((p: { id: string }) => p.id);
    expect(path[0]).toBe(SOURCE);
    expect(path.at(-1)).toBe(target.id);
    expect(path).toHaveLength(3);
    // Give the introducer and the person to meet an address to sign in with.
    const emails = await session.gql(`mutation {
      a: updatePerson(id: "${path[1]}", patch: { email: "${INTRODUCER_EMAIL}" }) { id }
      b: updatePerson(id: "${target.id}", patch: { email: "${TARGET_EMAIL}" }) { id }
    }`);
    expect(emails.errors).toBeUndefined();

    const introducer = await pageAs(INTRODUCER_EMAIL, 'ja-JP');
    await introducer.goto(`${session.url}/requests`);
    await expect
      .poll(() => introducer.getByTestId('requests-link').getAttribute('aria-label'))
      .toContain('1 件が返事待ち');
    const waiting = introducer.getByTestId('request-card').first();
    await expect.poll(() => waiting.innerText(), { timeout: 10_000 }).toContain('返事待ち');
    expect(await waiting.innerText()).toContain(`${target.name} さんへの紹介を頼まれています`);
    expect(await waiting.innerText()).not.toContain(ASKER_EMAIL);
    await shoot(introducer, 'requests-introducer-ja');
    await waiting.getByRole('button', { name: '引き受けて次の方へつなぐ' }).click();
    await expect.poll(() => waiting.innerText(), { timeout: 10_000 }).toContain('引き継ぎ済み');
    // The header's count follows the answer.
    await expect
      .poll(() => introducer.getByTestId('requests-link').getAttribute('aria-label'), { timeout: 10_000 })
      .toBe('紹介の依頼');

    const toMeet = await pageAs(TARGET_EMAIL, 'en-US');
    await toMeet.goto(`${session.url}/requests?lang=en`);
    const theirs = toMeet.getByTestId('request-card').first();
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain('would like to introduce Tanaka Hanako');
    expect(await theirs.innerText()).not.toContain(ASKER_EMAIL);
    await theirs.getByRole('button', { name: 'Accept: I would like to meet' }).click();
    await expect.poll(() => theirs.innerText(), { timeout: 10_000 }).toContain(ASKER_EMAIL);
    await shoot(toMeet, 'requests-target-en');

    await asker.goto(`${session.url}/requests`);
    const hers = asker.getByTestId('request-card').first();
    await expect.poll(() => hers.innerText(), { timeout: 10_000 }).toContain('紹介成立');
    expect(await hers.innerText()).toContain(TARGET_EMAIL);
    await hers.getByRole('button', { name: '会えた' }).click();
    await expect
      .poll(() => hers.getByRole('button', { name: '会えた' }).getAttribute('aria-pressed'), { timeout: 10_000 })
      .toBe('true');
    const direct = await gqlIn(
      asker,
      `{ introductions(from: { personId: "${SOURCE}" }, to: { personId: "${target.id}" }) { paths { people { id } } } }`,
    );
    expect(direct.data.introductions.paths[0].people.map((p: { id: string }) => p.id)).toEqual([SOURCE, target.id]);
    // …and the finder now says first that she knows them directly.
    await asker.goto(`${session.url}/?node=Person:${SOURCE}`);
    await waitForGraph(asker);
    await asker.getByRole('button', { name: '紹介を探す' }).click();
    await finder.getByRole('combobox').fill(target.name);
    await expect.poll(() => finder.getByRole('option').first().innerText()).toContain(target.name);
    await finder.getByRole('combobox').press('Enter');
    await expect
      .poll(() => asker.getByTestId('intro-known-directly').innerText(), { timeout: 10_000 })
      .toContain('直接のつながりがあります');
    // The administrator sees how scores compare with what happened.
    await session.page.goto(`${session.url}/requests`);
    const calibration = session.page.getByTestId('calibration');
    await expect.poll(() => calibration.innerText(), { timeout: 10_000 }).toContain('依頼 1 件、');
    expect(await calibration.innerText()).toContain('再推定は返事が 50 件そろってから');
    // The model's parameters in words, not their code names.
    expect(await calibration.innerText()).toContain('連絡の半減期・年（H）');
    expect(await calibration.innerText()).not.toMatch(/halfLifeYears|betaProject|recencyFloor/);
    await shoot(session.page, 'requests-calibration-ja');
    expect(session.problems).toEqual([]);
  });
});
