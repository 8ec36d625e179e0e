/**
 * The sentences that explain an introduction path, through the real translation files, in both
 * languages; and how a path is drawn over the ego network.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../client/src/graph/elements.ts';
import { INTRODUCTION_EDGE, pathOverlay, toPathHighlight, withOverlay } from '../../client/src/graph/path-overlay.ts';
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import type { Language } from '../../client/src/i18n/languages.ts';
import {
  chainNames,
  evidenceText,
  hopLines,
  lengthText,
  scoreText,
  type IntroEvidence,
  type IntroHop,
  type IntroPath,
  type TextContext,
} from '../../client/src/introductions/intro-text.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: 'ja',
  fallbackLng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
});

const TODAY = '2026-11-24';
const context = (language: Language): TextContext => ({ language, today: TODAY, t: i18n.getFixedT(language) });

const none = {
  tieStrength: null,
  lastContact: null,
  context: null,
  contextEn: null,
  projectEnd: null,
  size: null,
  project: null,
  organisation: null,
};
const declared = (tieStrength: number, lastContact: string | null): IntroEvidence => ({
  ...none,
  kind: 'DECLARED',
  strength: 0.5,
  tieStrength,
  lastContact,
});
const project = (projectEnd: string | null, size: number): IntroEvidence => ({
  ...none,
  kind: 'PROJECT',
  strength: 0.3,
  projectEnd,
  size,
  project: { key: 'Project:pj02', id: 'pj02', name: '子ども食堂マップ', nameEn: null, start: '2016-05-01' },
});
const organisation: IntroEvidence = {
  ...none,
  kind: 'ORGANISATION',
  strength: 0.3,
  size: 16,
  organisation: {
    key: 'Organisation:o01',
    id: 'o01',
    name: 'こどもごはんネット東京',
    nameEn: 'Kodomo Gohan Net Tokyo',
  },
};

const person = (id: string, name: string, nameLatin: string) => ({
  key: `Person:${id}`,
  id,
  name,
  nameKana: null,
  nameLatin,
});
const hanako = person('p001', '田中 花子', 'Tanaka Hanako');
const ichiro = person('p002', '鈴木 一郎', 'Suzuki Ichiro');
const taro = person('p050', '山田 太郎', 'Yamada Taro');
const hop = (from: typeof hanako, to: typeof hanako, evidence: IntroEvidence[]): IntroHop => ({
  strength: 0.6,
  from: { key: from.key, id: from.id },
  to: { key: to.key, id: to.id },
  evidence,
});
const path: IntroPath = {
  score: 0.1618,
  hopFactor: Math.exp(-0.5),
  people: [hanako, ichiro, taro],
  hops: [hop(hanako, ichiro, [declared(4, '2024-03-15')]), hop(ichiro, taro, [project('2023-03-31', 8), organisation])],
};

describe('evidence lines', () => {
  it('says when two people last spoke and how strong their tie is', () => {
    expect(evidenceText(declared(4, '2024-03-15'), context('ja'))).toBe('2024年3月に最終連絡・関係の強さ 4/5');
    expect(evidenceText(declared(4, '2024-03-15'), context('en'))).toBe('Last contact Mar 2024 · tie strength 4/5');
    expect(evidenceText(declared(2, null), context('ja'))).toBe('知り合いとして登録・関係の強さ 2/5');
    expect(evidenceText(declared(2, null), context('en'))).toBe('Declared acquaintance · tie strength 2/5');
  });

  it('names a shared project with its end and size, or says it is still running', () => {
    expect(evidenceText(project('2023-03-31', 8), context('ja'))).toBe(
      'プロジェクト『子ども食堂マップ』（2023年終了・8人）で協働',
    );
    expect(evidenceText(project('2023-03-31', 8), context('en'))).toBe(
      'Worked together on “子ども食堂マップ” (ended 2023, 8 people)',
    );
    expect(evidenceText(project(null, 12), context('ja'))).toBe(
      'プロジェクト『子ども食堂マップ』（進行中・12人）で協働中',
    );
    // Ends after today: still running, so it is not "ended".
    expect(evidenceText(project('2027-03-31', 1200), context('en'))).toBe(
      'Working together on “子ども食堂マップ” (until 2027, 1,200 people)',
    );
  });

  it('names a shared organisation in the reader’s language with its current size', () => {
    expect(evidenceText(organisation, context('ja'))).toBe('『こどもごはんネット東京』の現メンバー同士（16人）');
    expect(evidenceText(organisation, context('en'))).toBe(
      'Both current members of “Kodomo Gohan Net Tokyo” (16 members)',
    );
  });

  it('still says something when the project or organisation is not given', () => {
    expect(evidenceText({ ...project('2020-01-01', 5), project: null }, context('en'))).toBe(
      'Worked together on “a shared project” (ended 2020, 5 people)',
    );
    expect(evidenceText({ ...organisation, organisation: null }, context('ja'))).toBe(
      '『共通の団体』の現メンバー同士（16人）',
    );
  });

  it('keeps the server’s order and says a tie declared by both people once', () => {
    const both = hop(hanako, ichiro, [declared(4, '2024-03-15'), declared(4, '2024-03-15'), organisation]);
    expect(hopLines(both, context('ja'))).toEqual([
      { kind: 'DECLARED', text: '2024年3月に最終連絡・関係の強さ 4/5' },
      { kind: 'ORGANISATION', text: '『こどもごはんネット東京』の現メンバー同士（16人）' },
    ]);
  });
});

describe('path summaries', () => {
  it('names the chain in the reader’s language', () => {
    expect(chainNames(path, 'ja')).toEqual(['田中 花子', '鈴木 一郎', '山田 太郎']);
    expect(chainNames(path, 'en')).toEqual(['Tanaka Hanako', 'Suzuki Ichiro', 'Yamada Taro']);
  });

  it('counts the people who pass the request on', () => {
    const direct = { hops: path.hops.slice(0, 1) };
    expect(lengthText(direct, i18n.getFixedT('ja'))).toBe('直接の知り合い');
    // One hop through a shared organisation only is not "a direct acquaintance": their lists do not say so.
    const shared = { hops: [hop(hanako, ichiro, [organisation])] };
    expect(lengthText(shared, i18n.getFixedT('ja'))).toBe('同じ団体・プロジェクト（知り合いとしては未登録）');
    expect(lengthText(shared, i18n.getFixedT('en'))).toBe(
      'Same organisation or project (not in the list of acquaintances)',
    );
    expect(lengthText(path, i18n.getFixedT('ja'))).toBe('1 人を介して');
    expect(lengthText(path, i18n.getFixedT('en'))).toBe('Through 1 person');
    expect(lengthText({ hops: [...path.hops, ...path.hops] }, i18n.getFixedT('en'))).toBe('Through 3 people');
  });

  it('shows scores as whole percentages, and tiny ones as below 1%', () => {
    expect(scoreText(0.1618, 'ja', i18n.getFixedT('ja'))).toBe('16%');
    expect(scoreText(0.871, 'en', i18n.getFixedT('en'))).toBe('87%');
    expect(scoreText(0.004, 'ja', i18n.getFixedT('ja'))).toBe('1%未満');
    expect(scoreText(0.004, 'en', i18n.getFixedT('en'))).toBe('<1%');
  });
});

describe('a path over the map', () => {
  const graph: GraphData = {
    truncated: false,
    nodes: [
      {
        key: hanako.key,
        id: 'p001',
        kind: 'PERSON',
        label: '田中 花子',
        labelAlt: 'Tanaka Hanako',
        sector: null,
        depth: 0,
      },
      {
        key: ichiro.key,
        id: 'p002',
        kind: 'PERSON',
        label: '鈴木 一郎',
        labelAlt: 'Suzuki Ichiro',
        sector: null,
        depth: 1,
      },
    ],
    edges: [
      {
        key: `KNOWS:${ichiro.key}->${hanako.key}`,
        source: ichiro.key,
        target: hanako.key,
        type: 'KNOWS',
        strength: 4,
        lastContact: null,
        level: null,
        priority: null,
        role: null,
      },
    ],
  };

  it('adds the people and links the map lacks and names everything to highlight', () => {
    const highlight = toPathHighlight(path);
    expect(highlight.declared).toEqual([4, null]);
    const overlay = pathOverlay(graph, highlight, hanako.key, 'en');
    expect(overlay.nodes.map((n) => n.data)).toEqual([expect.objectContaining({ id: taro.key, label: 'Yamada Taro' })]);
    // The drawn KNOWS edge is used whichever way it points; the project/organisation link is new and dashed.
    const link = `${INTRODUCTION_EDGE}:${ichiro.key}->${taro.key}`;
    expect(overlay.edges.map((e) => e.data)).toEqual([expect.objectContaining({ id: link, declared: 0 })]);
    expect(overlay.highlighted).toEqual([hanako.key, ichiro.key, taro.key, `KNOWS:${ichiro.key}->${hanako.key}`, link]);
  });

  it('draws a declared tie that is not on the map as a solid link, and keeps nodes before edges', () => {
    const overlay = pathOverlay(undefined, toPathHighlight(path), null, 'ja');
    expect(overlay.nodes).toHaveLength(3);
    expect(overlay.edges.map((e) => e.data.declared)).toEqual([1, 0]);
    const groups = withOverlay([], overlay).map((e) => e.group);
    expect(groups).toEqual(['nodes', 'nodes', 'nodes', 'edges', 'edges']);
  });
});
