/**
 * The duplicates page in a real browser on the demo network: 田中 花子 entered a second time
 * (same name and reading, same organisation) is listed beside the real one; the side-by-side
 * dialog merges the copy into her with its biography chosen, and the merge is undone — in
 * Japanese; the English page lists organisations and speaks English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
});
afterAll(async () => {
  await session?.stop();
});

describe('the duplicates page', () => {
  it('merges a copy of a person into her, field by field, and undoes it (Japanese)', async () => {
    const created = await session.gql(`mutation {
      a: upsertPerson(input: { id: "dup-hanako", name: "田中花子", nameKana: "タナカ ハナコ", bio: "こども食堂の運営を手伝っています（重複登録）" }) { id }
      b: createMembership(input: { personId: "dup-hanako", organisationId: "o01" }) { role }
      c: createTie(input: { personId: "dup-hanako", otherPersonId: "p050", strength: 4 }) { strength }
    }`);
    expect(created.errors).toBeUndefined();
    const page = session.page;
    await page.goto(`${session.url}/duplicates`);
    const pair = page.locator('tr[data-pair="p001+dup-hanako"], tr[data-pair="dup-hanako+p001"]');
    await expect.poll(() => pair.count(), { timeout: 10_000 }).toBe(1);
    expect(await pair.innerText()).toContain('名前が同じ');
    await pair.getByRole('button', { name: '比べて統合' }).click();
    const dialog = page.getByRole('dialog', { name: '比べて統合' });
    const table = dialog.getByTestId('merge-table');
    await expect.poll(() => table.count(), { timeout: 10_000 }).toBe(1);
    // Keep 田中 花子 (p001), but take the copy's biography.
    await dialog.getByLabel('田中 花子 を残す').check();
    await table
      .locator('tr[data-field="bio"]')
      .getByLabel(/重複登録/)
      .check();
    await shoot(page, 'duplicates-merge-ja');
    await dialog.getByRole('button', { name: '統合する' }).click();
    await expect
      .poll(() => page.getByTestId('duplicates-notice').innerText(), { timeout: 10_000 })
      .toContain('統合しました');
    const after = await session.gql(`{ person(id: "p001") { bio } copy: person(id: "dup-hanako") { id }
      ties: person(id: "p001") { ties(first: 100) { nodes { other { id } } } } }`);
    expect(after.data.person.bio).toBe('こども食堂の運営を手伝っています（重複登録）');
    expect(after.data.copy).toBeNull();
    expect(after.data.ties.ties.nodes.map((n: { other: { id: string } }) => n.other.id)).toContain('p050');
    const merges = page.getByTestId('merge-list');
    await expect.poll(() => merges.innerText(), { timeout: 10_000 }).toContain('田中 花子');
    await merges.getByRole('button', { name: '元に戻す' }).first().click();
    await expect
      .poll(() => page.getByTestId('duplicates-notice').innerText(), { timeout: 10_000 })
      .toContain('元に戻しました');
    const undone = await session.gql('{ person(id: "p001") { bio } copy: person(id: "dup-hanako") { id } }');
    expect(undone.data.copy).toEqual({ id: 'dup-hanako' });
    expect(undone.data.person.bio).not.toBe('こども食堂の運営を手伝っています（重複登録）');
    expect(session.problems).toEqual([]);
  });

  it('speaks English and lists organisations', async () => {
    const created = await session.gql(
      'mutation { upsertOrganisation(input: { id: "dup-o01", name: "こどもごはんネット東京（特定非営利活動法人）", sector: NPO }) { id } }',
    );
    expect(created.errors).toBeUndefined();
    const page = session.page;
    await page.goto(`${session.url}/duplicates?lang=en`);
    await page.getByLabel('Records').selectOption('ORGANISATION');
    const pair = page.locator('tr[data-pair="dup-o01+o01"], tr[data-pair="o01+dup-o01"]');
    await expect.poll(() => pair.count(), { timeout: 10_000 }).toBe(1);
    expect(await pair.innerText()).toContain('same name');
    await pair.getByRole('button', { name: 'Compare and merge' }).click();
    const dialog = page.getByRole('dialog', { name: 'Compare and merge' });
    await expect.poll(() => dialog.getByTestId('merge-table').count(), { timeout: 10_000 }).toBe(1);
    expect(await dialog.innerText()).toContain('Every relationship of the other record moves');
    // Sectors in words, not stored codes.
    const sector = await dialog.locator('tr[data-field="sector"]').innerText();
    expect(sector).toContain('Non-profit');
    expect(sector).not.toMatch(/\bnpo\b/);
    await shoot(page, 'duplicates-merge-en');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(session.problems).toEqual([]);
  });
});
