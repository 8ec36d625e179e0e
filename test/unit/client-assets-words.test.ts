/**
 * The connection-assets page in plain words (issue 16), through the real translation files in
 * both languages: route shares instead of betweenness, dependence instead of constraint, a
 * sentence instead of modularity, communities named by their skills and sectors, sector lists cut
 * to the top three with counts, and key-person rows that lose nothing kept apart.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { translations } from '../../client/src/i18n/catalogue.ts';
import type { Language } from '../../client/src/i18n/languages.ts';
import {
  communityNames,
  dependenceLevel,
  losesSomething,
  riskRows,
  routeShareText,
  sectorCountsText,
  splitLevel,
  type CommunityFields,
  type RiskFields,
  type SectorCount,
  type Translate,
} from '../../client/src/pages/assets/assets-words.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ja: { translation: translations.ja }, en: { translation: translations.en } },
  lng: 'ja',
  fallbackLng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const tr = (language: Language) => i18n.getFixedT(language) as Translate;
const ja = tr('ja');
const en = tr('en');

describe('route share (betweenness)', () => {
  it('says what share of routes between others pass through the person', () => {
    expect(routeShareText(0.093, 'ja', ja)).toBe('経路の9%が通る');
    expect(routeShareText(0.093, 'en', en)).toBe('on 9% of routes');
    expect(routeShareText(0.5, 'en', en)).toBe('on 50% of routes');
  });

  it('never rounds a person on some routes down to 0%, and says so when on none', () => {
    expect(routeShareText(0.003, 'ja', ja)).toBe('経路の1%未満が通る');
    expect(routeShareText(0.003, 'en', en)).toBe('on under 1% of routes');
    expect(routeShareText(0, 'en', en)).toBe('on no routes');
    expect(routeShareText(0, 'ja', ja)).toBe('通る経路なし');
  });
});

describe('dependence on a few contacts (constraint)', () => {
  it('reads 1/n for n separate contacts: 6 or more low, 3 to 5 medium, 2 or fewer high', () => {
    expect(dependenceLevel(0.059)).toBe('low');
    expect(dependenceLevel(1 / 6)).toBe('low');
    expect(dependenceLevel(1 / 5)).toBe('medium');
    expect(dependenceLevel(1 / 3)).toBe('medium');
    expect(dependenceLevel(1 / 2)).toBe('high');
    expect(dependenceLevel(1.1)).toBe('high');
  });

  it('has no level for someone without ties', () => {
    expect(dependenceLevel(null)).toBeNull();
    expect(dependenceLevel(undefined)).toBeNull();
    expect(dependenceLevel(Number.NaN)).toBeNull();
  });

  it('has words in both languages for every level', () => {
    for (const level of ['low', 'medium', 'high'] as const) {
      for (const t of [ja, en]) expect(t(`assets.network.dependence.${level}`)).not.toContain('assets.');
    }
  });
});

describe('how clearly the network splits (modularity)', () => {
  it('turns the figure into a sentence', () => {
    expect(splitLevel(0.6)).toBe('veryClear');
    expect(splitLevel(0.479)).toBe('clear');
    expect(splitLevel(0.3)).toBe('clear');
    expect(splitLevel(0.2)).toBe('loose');
    expect(splitLevel(0.05)).toBe('none');
    expect(ja(`assets.network.split.${splitLevel(0.479)}`)).toContain('はっきりとグループに分かれています');
    expect(en(`assets.network.split.${splitLevel(0.479)}`)).toContain('splits clearly into groups');
  });
});

const sectors = (...pairs: [SectorCount['sector'], number][]): SectorCount[] =>
  pairs.map(([sector, count]) => ({ sector, count }));

describe('sector lists', () => {
  const seven = sectors(
    ['COMPANY', 12],
    ['NPO', 30],
    ['ACADEMIA', 8],
    ['GOVERNMENT', 3],
    ['FOUNDATION', 2],
    ['COMMUNITY', 2],
    ['OTHER', 1],
  );

  it('show the three largest with counts, then how many more', () => {
    expect(sectorCountsText(seven, 'ja', ja)).toBe('NPO 30名、企業 12名、大学・研究 8名、ほか4');
    expect(sectorCountsText(seven, 'en', en)).toBe('Non-profit 30, Company 12, Academia 8, +4 more');
  });

  it('show everything when asked (the tooltip) and nothing extra when short', () => {
    expect(sectorCountsText(seven, 'en', en, Infinity).split(', ')).toHaveLength(7);
    expect(sectorCountsText(sectors(['NPO', 2], ['COMPANY', 1]), 'en', en)).toBe('Non-profit 2, Company 1');
    expect(sectorCountsText([], 'ja', ja)).toBe(ja('assets.none'));
  });
});

const skill = (nameJa: string, nameEn: string) => ({ skill: { nameJa, nameEn } });
const community = (
  id: number,
  skills: ReturnType<typeof skill>[],
  sectorList: SectorCount[] = [],
): CommunityFields => ({
  id,
  skills,
  sectors: sectorList,
});

describe('community names', () => {
  it('name a community by its two most held skills', () => {
    const c = community(0, [
      skill('子ども食堂運営', "Children's cafeterias"),
      skill('助成金申請', 'Grant writing'),
      skill('広報', 'PR'),
    ]);
    expect(communityNames([c], 'ja', ja)).toEqual(['子ども食堂運営・助成金申請のグループ']);
    expect(communityNames([c], 'en', en)).toEqual(["Group around Children's cafeterias & Grant writing"]);
  });

  it('fall back to sectors, then to a number, never "コミュニティ2"', () => {
    const bySector = community(3, [], sectors(['NPO', 5], ['FOUNDATION', 2]));
    const bare = community(4, []);
    expect(communityNames([bySector, bare], 'ja', ja)).toEqual(['NPO・財団のグループ', 'グループ5']);
    expect(communityNames([bySector, bare], 'en', en)).toEqual(['Group in Non-profit & Foundation', 'Group 5']);
  });

  it('never give two groups the same name', () => {
    const a = [skill('協働コーディネート', 'Coordination'), skill('政策提言', 'Policy advocacy')];
    const list = [
      community(0, a, sectors(['GOVERNMENT', 6])),
      community(1, a, sectors(['COMPANY', 5])),
      community(2, a, sectors(['COMPANY', 3])),
      community(3, [skill('通訳・翻訳', 'Interpretation')]),
    ];
    const names = communityNames(list, 'ja', ja);
    expect(new Set(names).size).toBe(list.length);
    expect(names[0]).toBe('協働コーディネート・政策提言のグループ（行政）');
    expect(names[1]).toBe('協働コーディネート・政策提言のグループ（企業）');
    expect(names[2]).toBe('協働コーディネート・政策提言のグループ（企業）（2）');
    expect(names[3]).toBe('通訳・翻訳のグループ');
    expect(new Set(communityNames(list, 'en', en)).size).toBe(list.length);
  });
});

describe('key-person rows', () => {
  const risk = (id: string, people: number, organisations = 0, skills = 0, needs = 0) => ({
    id,
    lostPeople: people,
    lostOrganisations: Array(organisations).fill('o'),
    lostSkills: Array(skills).fill('s'),
    lostNeeds: Array(needs).fill('n'),
  });
  const ranked = [risk('a', 9, 1, 1), risk('b', 0, 0, 1), risk('c', 1), risk('d', 0), risk('e', 0), risk('f', 0)];

  it('count a member who takes only their own skill or organisation as a loss', () => {
    expect(losesSomething(risk('x', 0, 0, 0, 1))).toBe(true);
    expect(losesSomething(risk('x', 0, 1))).toBe(true);
    expect(losesSomething(risk('x', 0) as RiskFields)).toBe(false);
  });

  it('show only the members whose departure loses something, and count the rest', () => {
    const shown = riskRows(ranked, false);
    expect(shown.rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(shown).toMatchObject({ hiddenWithLoss: 0, hiddenNoLoss: 3, noLoss: 3 });
    expect(ja('assets.risk.noLossOthers', { count: shown.noLoss })).toBe(
      'ほかの3名は、一人が抜けても失うものはありません。',
    );
    expect(en('assets.risk.noLossOthers', { count: 1 })).toBe('1 other member: no loss if they leave.');
  });

  it('show everyone, in the server order, when asked', () => {
    const all = riskRows(ranked, true);
    expect(all.rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(all).toMatchObject({ hiddenWithLoss: 0, hiddenNoLoss: 0, noLoss: 3 });
  });

  it('cap the rows with a loss and say how many more there are', () => {
    const many = Array.from({ length: 20 }, (_, i) => risk(`m${i}`, 20 - i));
    const shown = riskRows([...many, risk('z', 0)], false, 15);
    expect(shown.rows).toHaveLength(15);
    expect(shown).toMatchObject({ hiddenWithLoss: 5, hiddenNoLoss: 1 });
  });

  it('say "no loss" in words, never as zeros or dashes', () => {
    for (const t of [ja, en]) {
      for (const text of [t('assets.risk.noLoss'), t('assets.risk.none'), t('assets.risk.noLossAll', { count: 2 })]) {
        expect(text).not.toMatch(/^[0—-]$|assets\./);
      }
    }
    expect(ja('assets.risk.noLoss')).toMatch(/^失うものなし/);
    expect(en('assets.risk.noLoss')).toMatch(/^No loss/);
  });
});

describe('glossary', () => {
  it('explains each technical term in both languages, naming the term in the other language too', () => {
    const terms = ['betweenness', 'constraint', 'modularity', 'community', 'routes', 'singlePoint'];
    const technical: Record<string, [string, string]> = {
      betweenness: ['媒介中心性', 'betweenness'],
      constraint: ['制約', 'constraint'],
      modularity: ['モジュラリティ', 'modularity'],
      community: ['コミュニティ', 'community'],
      routes: ['点素な経路', 'node-disjoint'],
      singlePoint: ['単一障害点', 'single point of failure'],
    };
    for (const term of terms) {
      const [jaTerm, enTerm] = technical[term]!;
      expect(ja(`assets.glossary.${term}`)).toContain(jaTerm);
      expect(ja(`assets.glossary.${term}`)).toContain(enTerm);
      expect(en(`assets.glossary.${term}`)).toContain(jaTerm);
      expect(en(`assets.glossary.${term}`)).toContain(enTerm);
    }
  });
});
