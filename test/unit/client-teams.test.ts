/**
 * The team composer's client logic without a browser: its URL state survives a round trip and
 * clamps bad values, the graph elements give every person one role, and the board-ready Markdown
 * reads correctly in both languages through the real translation files.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import teams from '../../client/src/i18n/features/teams.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import { proposalMarkdown } from '../../client/src/pages/teams/proposal-markdown.ts';
import { teamElements } from '../../client/src/pages/teams/team-graph-elements.ts';
import { cohesionInWords, introductionsInWords } from '../../client/src/pages/teams/team-score.ts';
import { parseTeamState, teamSearch } from '../../client/src/pages/teams/team-state.ts';
import { requestStates } from '../../client/src/pages/teams/plan-compare.ts';
import type { Proposal } from '../../client/src/pages/teams/team-text.ts';

const i18n = i18next.createInstance();
await i18n.init({
  // The strength words are the map's (intro.strength), shared with the introductions panel.
  resources: {
    ja: { translation: { teams: teams.ja, intro: ja.intro } },
    en: { translation: { teams: teams.en, intro: en.intro } },
  },
  lng: 'ja',
  interpolation: { escapeValue: false },
  initAsync: false,
});

const person = (id: string, name: string, nameLatin: string) => ({
  key: `Person:${id}`,
  id,
  name,
  nameKana: null,
  nameLatin,
});
const skill = (id: string, nameJa: string, nameEn: string) => ({ id, nameJa, nameEn });
const core = person('p1', '田中 花子', 'Tanaka Hanako');
const expert = person('p2', '鈴木 美咲', 'Suzuki Misaki');
const introducer = person('p3', '伊藤 直樹', 'Ito Naoki');
const kintone = skill('kintone', 'kintone', 'kintone');
const grants = skill('grant-writing', '助成金申請', 'Grant writing');

const proposal = {
  cohesionWeight: 0.25,
  maxHops: 4,
  organisation: { key: 'Organisation:o1', id: 'o1', name: 'NPO法人 テスト', nameEn: 'Test NPO' },
  core: [core, introducer],
  unreachable: [],
  teams: [
    {
      rank: 1,
      introductionCost: 1.5,
      cohesion: 0,
      objective: 1.5,
      coreCoverage: [{ person: core, covers: { level: 4, skill: grants, heldSkill: grants } }],
      uncovered: [
        { reason: 'NO_REACHABLE_HOLDER', skill: { minLevel: 1, skill: skill('civicrm', 'CiviCRM', 'CiviCRM') } },
      ],
      experts: [
        {
          cost: 1.5,
          hoursPerMonth: 12,
          teamsInAnswer: 1,
          person: expert,
          covers: [{ level: 5, skill: kintone, heldSkill: kintone }],
          introduction: { score: Math.exp(-1.5), people: [core, introducer, expert], hops: [] },
        },
      ],
    },
  ],
} as unknown as Proposal;

describe('team composer URL state', () => {
  it('round-trips and clamps', () => {
    const state = parseTeamState('?org=o07&skills=kintone:3,grant-writing:9,:2&k=12&max=2&coh=0.5&ex=p1,p2&team=2');
    expect(state).toEqual({
      org: 'o07',
      project: null,
      core: null,
      skills: [
        { id: 'kintone', minLevel: 3 },
        { id: 'grant-writing', minLevel: 1 },
      ],
      k: 3,
      maxExperts: 2,
      cohesion: 0.5,
      exclude: ['p1', 'p2'],
      team: 2,
    });
    expect(parseTeamState(`?${teamSearch(state, 'lang=en')}`)).toEqual(state);
    expect(teamSearch(state, 'lang=en')).toContain('lang=en');
    expect(parseTeamState('').skills).toBeNull();
  });

  it('keeps the project a team started from and its core', () => {
    const state = parseTeamState('?org=o01&project=pj13&core=p001,,p017');
    expect(state).toMatchObject({ org: 'o01', project: 'pj13', core: ['p001', 'p017'] });
    const search = teamSearch(state, '');
    expect(search).toContain('core=p001,p017');
    expect(parseTeamState(`?${search}`)).toEqual(state);
    expect(teamSearch({ ...state, project: null, core: null }, search)).not.toMatch(/project=|core=/);
  });
});

describe('team graph elements', () => {
  it('gives each person one role, core before expert before introducer, and one edge per hop', () => {
    const { nodes, edges } = teamElements(proposal, proposal.teams[0]!, 'en');
    const roles = Object.fromEntries(nodes.map((n) => [n.id, n.role]));
    const org = proposal.organisation.key;
    // The introducer is also in the core: core wins.
    expect(roles).toEqual({ [org]: 'organisation', 'Person:p1': 'core', 'Person:p3': 'core', 'Person:p2': 'expert' });
    expect(
      edges
        .filter((e) => e.kind === 'hop')
        .map((e) => e.id)
        .sort(),
    ).toEqual(['Person:p1|Person:p3', 'Person:p2|Person:p3']);
  });

  it('links every core member to the organisation and puts each person in the column of their step', () => {
    const { nodes, edges } = teamElements(proposal, proposal.teams[0]!, 'en');
    const org = proposal.organisation.key;
    const core = proposal.core.map((p) => p.key);
    expect(
      edges
        .filter((e) => e.kind === 'member')
        .map((e) => e.target)
        .sort(),
    ).toEqual([...core].sort());
    expect(edges.filter((e) => e.kind === 'member').every((e) => e.source === org)).toBe(true);
    const level = Object.fromEntries(nodes.map((n) => [n.id, n.level]));
    expect(level[org]).toBe(0);
    for (const id of core) expect(level[id]).toBe(1);
    // p2 is introduced by p3 (core), so one step further than the core.
    expect(level['Person:p2']).toBe(2);
    // Every node can be reached from the organisation: nothing floats unconnected.
    const reached = new Set([org]);
    for (let grew = true; grew;) {
      grew = false;
      for (const e of edges)
        for (const [a, b] of [
          [e.source, e.target],
          [e.target, e.source],
        ] as const)
          if (reached.has(a) && !reached.has(b)) grew = Boolean(reached.add(b));
    }
    expect([...reached].sort()).toEqual(nodes.map((n) => n.id).sort());
  });
});

describe('proposal Markdown', () => {
  it('reads as a Japanese proposal', () => {
    const md = proposalMarkdown(proposal, proposal.teams[0]!, i18n.getFixedT('ja'), 'ja', '2026-11-24');
    expect(md).toMatch(/^# NPO法人 テスト プロジェクトチームのご提案\n/);
    expect(md).toContain('## プロジェクトに必要なスキル\n\n- 助成金申請\n- kintone\n- CiviCRM');
    expect(md).toContain('- 助成金申請：田中 花子 (助成金申請・レベル4)');
    expect(md).toContain('- **鈴木 美咲**さん：kintone (kintone・レベル5)');
    expect(md).toContain('ご紹介の経路：田中 花子 → 伊藤 直樹 → 鈴木 美咲（紹介のしやすさ：良好・22%）');
    expect(md).toContain('  - 月12時間まで対応可能');
    expect(md).toContain('- CiviCRM：紹介でたどれる範囲にこのスキルを持つ人がいません');
    expect(md).toContain('- 紹介の頼みやすさ：良好（代表的な紹介スコア 22%、紹介コスト 1.50。');
    expect(md).toContain('- 専門家どうしの近さ：専門家が1人以下のため該当なし');
  });

  it('reads as an English proposal', () => {
    const md = proposalMarkdown(proposal, proposal.teams[0]!, i18n.getFixedT('en'), 'en', '2026-11-24');
    expect(md).toMatch(/^# Team proposal for Test NPO\n/);
    expect(md).toContain('**Suzuki Misaki**: kintone (holds kintone, level 5)');
    expect(md).toContain('How we reach them: Tanaka Hanako → Ito Naoki → Suzuki Misaki (good introduction, 22%)');
    expect(md).toContain('- Ease of introductions: good (typical introduction score 22%; introduction cost 1.5');
    expect(md).toContain('- CiviCRM: nobody the core can reach holds this skill');
  });
});

describe('team figures in words', () => {
  const expertCovering = (n: number) => ({ covers: Array.from({ length: n }, () => ({})) });
  it('reads the introduction cost as the typical introduction of the team, on the map’s scale', () => {
    // Two experts whose introductions cost 1.5 in total: each typically e^(−0.75) ≈ 0.47, strong.
    const team = { introductionCost: 1.5, experts: [expertCovering(1), expertCovering(1)] } as never;
    expect(introductionsInWords(team)!.score).toBeCloseTo(Math.exp(-0.75), 10);
    expect(introductionsInWords(team)!.word).toBe('strong');
    expect(introductionsInWords({ introductionCost: 6, experts: [expertCovering(1)] } as never)!.word).toBe('weak');
    expect(introductionsInWords({ introductionCost: 0, experts: [] } as never)).toBeNull();
  });

  it('reads cohesion as the mean distance per pair of skills held by different experts', () => {
    // A covers 2 skills, B 1: two cross pairs; a total distance of 2 is 1 per pair, e^(−1) ≈ 0.37.
    const team = { cohesion: 2, experts: [expertCovering(2), expertCovering(1)] } as never;
    expect(cohesionInWords(team)!.score).toBeCloseTo(Math.exp(-1), 10);
    expect(cohesionInWords(team)!.word).toBe('good');
    expect(cohesionInWords({ cohesion: 20, experts: [expertCovering(1), expertCovering(1)] } as never)!.word).toBe(
      'weak',
    );
    // One expert has nobody to know: no figure rather than a misleading "strong".
    expect(cohesionInWords({ cohesion: 0, experts: [expertCovering(3)] } as never)).toBeNull();
  });
});

describe('introduction requests of a plan that became a project', () => {
  it("takes each expert's latest request the reader asked, and only those", () => {
    const requests = [
      { role: 'ASKER', state: 'CLOSED', created: '2026-11-01T09:00:00Z', target: { id: 'e1' } },
      { role: 'ASKER', state: 'WAITING', created: '2026-12-01T09:00:00Z', target: { id: 'e1' } },
      { role: 'ASKER', state: 'ACCEPTED', created: '2026-10-01T09:00:00Z', target: { id: 'e2' } },
      // Asked to introduce someone to e3, or asked to meet someone not in the plan: not the plan's.
      { role: 'INTRODUCER', state: 'YOUR_TURN', created: '2026-12-02T09:00:00Z', target: { id: 'e3' } },
      { role: 'ASKER', state: 'WAITING', created: '2026-12-02T09:00:00Z', target: { id: 'x9' } },
      { role: 'ASKER', state: 'WAITING', created: '2026-12-02T09:00:00Z', target: null },
    ];
    expect(Object.fromEntries(requestStates(['e1', 'e2', 'e3'], requests))).toEqual({ e1: 'WAITING', e2: 'ACCEPTED' });
  });
});
