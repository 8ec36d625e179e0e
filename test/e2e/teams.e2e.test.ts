/**
 * The team composer and STO matching pages in a real browser against the real server and the
 * demo network: the organisation's needs pre-selected from the hierarchy, proposed teams as cards
 * that match the API, the chosen team on the graph (core, experts and introducers styled apart),
 * switching alternatives, leaving an expert out, the Markdown export in both languages, and the
 * matching page's proposals within capacity. Screenshots go to screenshots/teams-*.png.
 */
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strengthWord } from '../../client/src/introductions/strength.ts';
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import { DEMO_FIXTURES } from '../../seed/demo/index.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by shape
type Answer = Record<string, any>;

declare global {
  interface Window {
    /** The team composer's graph (client/src/pages/teams/TeamGraph.tsx). */
    __tsunagariTeams?: Core;
  }
}

let session: BrowserSession;
let page: Page;
const ORG = DEMO_FIXTURES.npoWithNeeds;

async function api(query: string, variables: Answer = {}): Promise<Answer> {
  return (await session.gql(query, variables)).data as Answer;
}

const TEAMS = `query($skills: [RequiredSkillInput!]!, $exclude: [ID!]) {
  proposeTeams(organisationId: "${ORG}", requiredSkills: $skills, k: 3, maxExperts: 4, cohesionWeight: 0.25, excludePeople: $exclude) {
    teams { rank experts { person { id } introduction { score people { id } } } } } }`;

/** Polls with time for the server's first answers (the projection builds on the first question). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000 });

const graphRoles = () =>
  page.evaluate(() => {
    const cy = window.__tsunagariTeams;
    const ids = (cls: string) =>
      cy
        ? cy
            .nodes(`.${cls}`)
            .map((n) => n.id())
            .sort()
        : [];
    return { core: ids('core'), expert: ids('expert'), introducer: ids('introducer'), edges: cy?.edges().length ?? 0 };
  });

const cardExperts = (rank: number) =>
  page
    .locator(`article.teams-card[data-rank="${rank}"] li.teams-expert`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-person')!).sort());

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

describe('team composer', () => {
  const skills = DEMO_FIXTURES.npoNeedSkills.map((skillId) => ({ skillId, minLevel: 1 }));
  /** The skills as the page asked for them (its order decides tie-breaks, so the API check uses it). */
  const asked = () =>
    new URL(page.url()).searchParams
      .get('skills')!
      .split(',')
      .map((s) => ({ skillId: s.split(':')[0], minLevel: Number(s.split(':')[1]) }));

  it('pre-selects the organisation’s needs and proposes teams that match the API', async () => {
    await page.goto(`${session.url}/teams?org=${ORG}`);
    await poll(() => page.locator('.teams-chosen li[data-skill]').count()).toBe(skills.length);
    await page.getByRole('button', { name: 'チームを提案' }).click();
    await poll(() => page.locator('article.teams-card').count()).toBe(3);
    const answer = await api(TEAMS, { skills: asked() });
    for (const team of answer.proposeTeams.teams) {
      const expected = team.experts.map((e: Answer) => e.person.id).sort();
      expect(await cardExperts(team.rank)).toEqual(expected);
    }
    expect(new URL(page.url()).searchParams.get('skills')).toContain('kintone:1');
    // Introduction scores read as the map's words, with the exact figure kept in the tooltip.
    const first = answer.proposeTeams.teams[0].experts[0];
    const score = page.locator(
      `article.teams-card[data-rank="1"] li.teams-expert[data-person="${first.person.id}"] .teams-path .teams-score`,
    );
    expect(await score.textContent()).toContain(ja.intro.strength[strengthWord(first.introduction.score)]);
    expect(await score.getAttribute('title')).toContain(first.introduction.score.toFixed(3));
    await shoot(page, 'teams-cards');
  });

  it('shows the chosen team on the graph with core, experts and introducers apart, and switches alternatives', async () => {
    const answer = await api(TEAMS, { skills: asked() });
    const check = async (rank: number) => {
      const team = answer.proposeTeams.teams.find((t: Answer) => t.rank === rank);
      const experts = team.experts.map((e: Answer) => `Person:${e.person.id}`).sort();
      await poll(async () => (await graphRoles()).expert).toEqual(experts);
      const roles = await graphRoles();
      expect(roles.core).toContain('Person:p005');
      const between = team.experts.flatMap((e: Answer) =>
        e.introduction.people.slice(1, -1).map((p: Answer) => `Person:${p.id}`),
      );
      for (const id of between) expect([...roles.introducer, ...roles.core, ...roles.expert]).toContain(id);
      expect(roles.edges).toBeGreaterThan(0);
    };
    await check(1);
    // Readable: one connected picture (core members hang from the organisation), and no two labels meet.
    const layout = await page.evaluate(() => {
      const cy = window.__tsunagariTeams!;
      const boxes = cy
        .nodes()
        .map((n) =>
          n.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false, includeUnderlays: false }),
        );
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
            overlaps.push(`${cy.nodes()[i]!.id()} ${JSON.stringify(a)} / ${cy.nodes()[j]!.id()} ${JSON.stringify(b)}`);
        }
      return {
        components: cy.elements().components().length,
        overlaps,
        organisation: cy.nodes('.organisation').length,
      };
    });
    expect(layout).toEqual({ components: 1, overlaps: [], organisation: 1 });
    await page.locator('article.teams-card[data-rank="2"]').getByRole('button', { name: 'グラフに表示' }).click();
    await check(2);
    await poll(() => page.getByRole('table').locator('tbody tr').count()).toBeGreaterThanOrEqual(skills.length);
    await shoot(page, 'teams-graph');
  });

  it('exports the proposal as Markdown in Japanese or English', async () => {
    const markdown = page.getByTestId('teams-markdown');
    await poll(() => markdown.textContent()).toContain('プロジェクトチームのご提案');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Markdownをダウンロード' }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^# .+プロジェクトチームのご提案/);
    expect(text).toContain('## 外部の専門家');
    // The printable page: the proposal alone, with headings and lists.
    await page.emulateMedia({ media: 'print' });
    const printable = page.getByTestId('teams-printable');
    expect(await printable.isVisible()).toBe(true);
    expect(await printable.locator('h1').textContent()).toContain('プロジェクトチームのご提案');
    expect(await page.locator('article.teams-card').first().isVisible()).toBe(false);
    await shoot(page, 'teams-print');
    await page.emulateMedia({ media: 'screen' });
    expect(await printable.isVisible()).toBe(false);
    await page.locator('.teams-export select').selectOption('en');
    await poll(() => markdown.textContent()).toContain('Team proposal for');
    expect(await markdown.textContent()).toContain('## Outside experts');
  });

  it('leaves an expert out when asked, in every alternative', async () => {
    const first = (await cardExperts(1))[0]!;
    await page
      .locator(`article.teams-card[data-rank="1"] li.teams-expert[data-person="${first}"]`)
      .getByRole('button', { name: /を除く$/ })
      .click();
    await poll(() => new URL(page.url()).searchParams.get('ex')).toBe(first);
    // The new answer has arrived when cards are back; none of them may propose the excluded expert.
    const shown = async () => {
      const cards = await page.locator('article.teams-card').count();
      const people = await page
        .locator('li.teams-expert')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-person')));
      return cards > 0 && !people.includes(first);
    };
    await poll(shown).toBe(true);
  });

  it('saves a team as a named plan, opens it by its link compared with today, and makes it a project', async () => {
    await page.goto(`${session.url}/teams?org=${ORG}`);
    await poll(() => page.locator('.teams-chosen li[data-skill]').count()).toBe(skills.length);
    await page.getByRole('button', { name: 'チームを提案' }).click();
    await poll(() => page.locator('article.teams-card').count()).toBe(3);
    // The results scroll into view instead of staying below the form.
    await poll(() =>
      page.locator('.teams-result').evaluate((e) => e.getBoundingClientRect().top < window.innerHeight / 2),
    ).toBe(true);
    await page.getByLabel('案の名前').fill('助成金チーム案');
    await page.getByRole('button', { name: '案1を保存' }).click();
    await poll(() => page.getByTestId('teams-plans-status').textContent()).toContain(
      '「助成金チーム案」を保存しました',
    );
    const item = page.locator('li.teams-plan').filter({ hasText: '助成金チーム案' });
    await poll(() => item.count()).toBe(1);
    const id = (await item.getAttribute('data-plan'))!;
    const saved = (await api(`{ teamPlan(id: "${id}") { experts { person { id } } } }`)).teamPlan;
    // Opened by its link: the question comes back, and the plan is compared with today's answer.
    await page.goto(`${session.url}/teams?plan=${id}`);
    await poll(() => page.getByTestId('teams-plan-compare').count()).toBe(1);
    expect(await page.getByTestId('teams-plan-compare').textContent()).toContain('今日も同じ専門家が提案されます');
    expect(await cardExperts(1)).toEqual(saved.experts.map((e: Answer) => e.person.id).sort());
    // Made into a project: its people are proposed members, each confirmed once they join.
    const opened = page.locator(`li.teams-plan[data-plan="${id}"]`);
    await opened.getByLabel('プロジェクト名').fill('助成金申請プロジェクト');
    await opened.getByRole('button', { name: 'プロジェクトにする' }).click();
    await poll(() => opened.getByTestId('teams-plan-project').count()).toBe(1);
    // Each expert still to join says whether an introduction was asked (none in this test).
    const expertRow = opened.locator(`.teams-plan-members li[data-person="${saved.experts[0].person.id}"]`);
    await poll(() => expertRow.getByTestId('teams-plan-request').textContent()).toContain('まだ紹介を依頼していません');
    const first = opened.locator('.teams-plan-members li').first();
    await first.getByRole('button', { name: /参加を確定/ }).click();
    await poll(() => first.locator('.teams-tag').textContent()).toBe('参加済み');
    await shoot(page, 'teams-plans');
    expect(session.problems).toEqual([]);
  });

  it('starts from a project: opened from the map, its people are the core of every team', async () => {
    const project = DEMO_FIXTURES.aProject;
    const start = (await api(`{ teamStartForProject(projectId: "${project.id}") { organisation { id } core { id } } }`))
      .teamStartForProject;
    const core: string[] = start.core.map((p: Answer) => p.id);
    expect(start.organisation.id).toBe(project.lead);
    expect(core.length).toBeGreaterThan(1);
    await page.goto(`${session.url}/?node=Project:${project.id}`);
    await page.getByRole('button', { name: 'このプロジェクトのチームを編成' }).click();
    await poll(() => page.getByTestId('teams-project').textContent()).toContain(
      `プロジェクト「${project.name}」のメンバー ${core.length} 人をコアにしています`,
    );
    // The link follows the state once it is written (an effect after the render).
    await poll(() => new URL(page.url()).searchParams.get('org')).toBe(project.lead);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/teams');
    expect(url.searchParams.get('core')?.split(',')).toEqual(core);
    // The organisation's needs are pre-selected as for an organisation.
    await poll(() => page.locator('.teams-chosen li[data-skill]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'チームを提案' }).click();
    await poll(() => page.locator('article.teams-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.teams-core').textContent()).toContain(`コアメンバー（${core.length}人）`);
    const answer = await api(
      `query($skills: [RequiredSkillInput!]!, $core: [ID!]) { proposeTeams(organisationId: "${project.lead}",
        requiredSkills: $skills, core: $core, k: 3, maxExperts: 4, cohesionWeight: 0.25) {
        core { id } teams { rank experts { person { id } } } } }`,
      { skills: asked(), core },
    );
    expect(answer.proposeTeams.core.map((p: Answer) => p.id).sort()).toEqual([...core].sort());
    expect(await cardExperts(1)).toEqual(answer.proposeTeams.teams[0].experts.map((e: Answer) => e.person.id).sort());
    // Back to the organisation's own members with one click.
    await page.getByRole('button', { name: '団体のメンバーをコアにする' }).click();
    await poll(() => new URL(page.url()).searchParams.get('core')).toBeNull();
    await shoot(page, 'teams-from-project');
    // Picked by search in English: the same start.
    await page.goto(`${session.url}/teams?lang=en`);
    await page.getByRole('combobox', { name: 'Or start from a project', exact: true }).fill('kintone');
    await page.getByRole('option', { name: /Volunteer management with kintone/ }).click();
    await poll(() => page.getByTestId('teams-project').textContent()).toContain(
      `its ${core.length} people are the core`,
    );
    expect(session.problems).toEqual([]);
  });

  it('speaks English too', async () => {
    await page.goto(`${session.url}/teams?org=${ORG}&skills=kintone:3,civicrm:1&lang=en`);
    await page.getByRole('button', { name: 'Propose teams' }).click();
    await poll(() => page.getByRole('heading', { name: 'Skills nobody reachable can cover' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Team composer' }).count()).toBe(1);
    await poll(() => page.locator('article.teams-card').count()).toBeGreaterThan(0);
    expect(await page.locator('.teams-figures').first().textContent()).toMatch(
      /Ease of introductions(Strong|Good|Fair|Weak|None needed)/,
    );
    await shoot(page, 'teams-cards-en');
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.locator('article.teams-card').first().scrollIntoViewIfNeeded();
    await shoot(page, 'teams-cards-en-1024');
    // No sideways scroll on a small laptop: the page fits its frame.
    // No sideways scroll on a small laptop: nothing in the page reaches past its frame.
    const overflowing = () =>
      page.evaluate(() => {
        const area = document.querySelector('.page-area')!;
        const right = area.getBoundingClientRect().left + area.clientWidth + 1;
        return [...area.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > right)
          .map((e) => `${e.tagName}.${e.className}`);
      });
    expect(await overflowing()).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(session.problems).toEqual([]);
  });
});

describe('STO matching', () => {
  it('keeps today’s assignments, proposes within capacity and hours, and explains every match', async () => {
    await page.goto(`${session.url}/matching`);
    await page.getByRole('button', { name: 'マッチングを提案' }).click();
    await poll(() => page.getByTestId('matching-summary').count()).toBe(1);
    const answer = await api(
      `{ stoMatching { matches { status sto { id } organisation { id } } stos { sto { id } assigned limit overCapacity } } }`,
    );
    const m = answer.stoMatching;
    for (const s of m.stos) {
      const section = page.locator(`section.matching-sto[data-sto="${s.sto.id}"]`);
      const items = await section
        .locator('li[data-org]')
        .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-org')}:${e.getAttribute('data-status')}`).sort());
      expect(items).toEqual(
        m.matches
          .filter((x: Answer) => x.sto.id === s.sto.id)
          .map((x: Answer & { status: string }) => `${x.organisation.id}:${x.status}`)
          .sort(),
      );
      if (!s.overCapacity) expect(items.length).toBeLessThanOrEqual(s.limit);
      expect(await section.getByTestId('matching-over').count()).toBe(s.overCapacity ? 1 : 0);
    }
    // 高橋 翔太 (p004) keeps the four organisations he serves today.
    const p004 = page.locator('section.matching-sto[data-sto="p004"]');
    expect(await p004.locator('li[data-status="CURRENT"]').count()).toBe(4);
    expect(await p004.locator('li[data-org="o02"]').textContent()).toContain('現在の担当');
    expect(await page.getByTestId('matching-summary').textContent()).toContain(`${m.matches.length}団体`);
    expect(await page.locator('.matching-page').textContent()).not.toContain('最小費用流');
    await shoot(page, 'matching');

    // Rule a current pair out: it leaves, and the change says why.
    await p004
      .getByRole('button', { name: /の担当から除外/ })
      .first()
      .click();
    await poll(() => page.getByTestId('matching-change').count()).toBe(1);
    const change = page.getByTestId('matching-change');
    expect(await change.getAttribute('data-reason')).toBe('FORBIDDEN');
    expect(await change.textContent()).toContain('この組み合わせを除外したため');
    expect(await page.locator('.matching-rule-chip').textContent()).toContain('担当しない');
    expect(page.url()).toContain('forbid=p004.');
    // Remove the rule: back to today's four.
    await page.getByRole('button', { name: /条件を取り消す/ }).click();
    await poll(() => p004.locator('li[data-status="CURRENT"]').count()).toBe(4);
    expect(session.problems).toEqual([]);
  });

  it('with changes allowed, lists what would move and why, in English too, and fits a phone', async () => {
    await page.goto(`${session.url}/matching?lang=en&change=1`);
    await page.getByRole('button', { name: 'Propose a matching' }).click();
    await poll(() => page.getByTestId('matching-summary').count()).toBe(1);
    const answer = await api(
      `{ stoMatching(keepCurrent: false) { coverage coverageKeepingCurrent changes { organisation { id } from { id } reason } } }`,
    );
    const m = answer.stoMatching;
    expect(m.changes.length).toBeGreaterThan(0);
    const shown = await page
      .getByTestId('matching-change')
      .evaluateAll((els) => els.map((e) => `${e.getAttribute('data-org')}:${e.getAttribute('data-reason')}`).sort());
    expect(shown).toEqual(
      m.changes.map((c: { organisation: { id: string }; reason: string }) => `${c.organisation.id}:${c.reason}`).sort(),
    );
    expect(await page.getByTestId('matching-changes-lead').textContent()).toContain(
      `instead of ${m.coverageKeepingCurrent}`,
    );
    const text = (await page.locator('.matching-page').textContent()) ?? '';
    expect(text).not.toMatch(/minimum-cost flow|担当|提案/);
    // Lock the first proposed pair: it stays, marked as locked.
    const proposed = page.locator('li[data-status="PROPOSED"]').first();
    const org = await proposed.getAttribute('data-org');
    await proposed.getByRole('button', { name: /^Lock / }).click();
    await poll(() => page.locator(`li[data-org="${org}"][data-status="LOCKED"]`).count()).toBe(1);
    expect(page.url()).toContain(`.${org}`);
    await shoot(page, 'matching-en');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await shoot(page, 'matching-phone');
    await page.setViewportSize({ width: 1440, height: 900 });
    expect(session.problems).toEqual([]);
  });
});
