import { describe, expect, it } from 'vitest';
import { foldedNameKey, formsAgree, orgKey } from '../../server/features/data/match/keys.ts';
import {
  OrganisationMatcher,
  PersonMatcher,
  SkillMatcher,
  SURE,
  type OrgRecord,
  type PersonRecord,
} from '../../server/features/data/match/matcher.ts';

const org = (id: string, name: string, extra: Partial<OrgRecord> = {}): OrgRecord => ({
  id,
  name,
  nameKana: null,
  nameEn: null,
  prefecture: null,
  ...extra,
});
const person = (id: string, name: string, extra: Partial<PersonRecord> = {}): PersonRecord => ({
  id,
  name,
  nameKana: null,
  nameLatin: null,
  email: null,
  organisations: [],
  ...extra,
});

describe('organisation names', () => {
  it('fold legal forms, width, spaces and brackets into one core', () => {
    const forms = [
      '特定非営利活動法人こどもごはんネット東京',
      'NPO法人 こどもごはんネット東京',
      'ＮＰＯ法人　こどもごはんネット東京',
      'こどもごはんネット東京（NPO法人）',
      '認定NPO法人こどもごはんネット東京',
    ];
    const cores = new Set(forms.map((f) => orgKey(f).core));
    expect(cores).toEqual(new Set(['こどもごはんねっと東京']));
    expect(orgKey('(株)ミライ')).toEqual({ core: 'みらい', forms: ['company'] });
    expect(orgKey('㈱ミライ').core).toBe('みらい');
    expect(orgKey('ﾐﾗｲ株式会社').core).toBe('みらい');
    expect(orgKey('Mirai Co., Ltd.')).toEqual({ core: 'mirai', forms: ['company'] });
  });

  it('tell legal forms that cannot be one organisation apart', () => {
    expect(formsAgree(['npo'], [])).toBe(true);
    expect(formsAgree(['npo'], ['company'])).toBe(false);
  });
});

describe('OrganisationMatcher', () => {
  const matcher = new OrganisationMatcher();
  matcher.add(org('o1', 'NPO法人 こどもごはんネット東京', { prefecture: '東京都', nameEn: 'Kodomo Gohan Net Tokyo' }));
  matcher.add(org('o2', 'こども食堂ネットワーク神奈川', { prefecture: '神奈川県' }));
  matcher.add(org('o3', '株式会社ミライ', { nameKana: 'みらい' }));

  it('is sure of the same name written another way', () => {
    const found = matcher.match(org('x', 'こどもごはんネット東京（特定非営利活動法人）', { prefecture: '東京都' }));
    expect(found).toMatchObject({ targetId: 'o1', reasons: ['same-name'] });
    expect(found!.score).toBeGreaterThanOrEqual(SURE);
  });

  it('matches an English name', () => {
    expect(matcher.match(org('x', 'Kodomo Gohan Net Tokyo'))).toMatchObject({ targetId: 'o1' });
  });

  it('asks about a one-character typo, and does not match a different prefecture network', () => {
    const typo = matcher.match(org('x', 'NPO法人こどもごはんネット東亰'));
    expect(typo).toMatchObject({ targetId: 'o1', reasons: ['similar-name'] });
    expect(typo!.score).toBeLessThan(SURE);
    expect(matcher.match(org('x', 'こども食堂ネットワーク東京', { prefecture: '東京都' }))).toBeNull();
  });

  it('lowers a match whose legal form differs to possible', () => {
    const found = matcher.match(org('x', 'NPO法人ミライ'));
    expect(found).toMatchObject({ targetId: 'o3', reasons: ['same-name', 'legal-form-differs'] });
    expect(found!.score).toBeLessThan(SURE);
  });

  it('is never sure when two stored organisations fit equally', () => {
    const twins = new OrganisationMatcher();
    twins.add(org('a', 'ひまわり会'));
    twins.add(org('b', '一般社団法人ひまわり会'));
    const found = twins.match(org('x', 'ひまわり会'));
    expect(found!.reasons).toContain('several-candidates');
    expect(found!.score).toBeLessThan(SURE);
  });
});

describe('SkillMatcher', () => {
  const matcher = new SkillMatcher();
  matcher.add({ id: 'grant-writing', nameJa: '助成金申請', nameEn: 'Grant writing' });
  matcher.add({ id: 'kintone', nameJa: 'kintone', nameEn: 'kintone' });

  it('matches either language, width and case, and synonyms', () => {
    expect(matcher.match({ id: 'x', nameJa: '助成金申請', nameEn: null })).toMatchObject({ targetId: 'grant-writing' });
    expect(matcher.match({ id: 'x', nameJa: null, nameEn: 'GRANT-WRITING' })).toMatchObject({
      targetId: 'grant-writing',
      reasons: ['same-name'],
    });
    expect(matcher.match({ id: 'x', nameJa: '補助金申請', nameEn: null })).toMatchObject({ reasons: ['synonym'] });
    expect(matcher.match({ id: 'x', nameJa: 'キントーン', nameEn: null })).toMatchObject({ targetId: 'kintone' });
    expect(matcher.match({ id: 'x', nameJa: '会計', nameEn: null })).toBeNull();
  });
});

describe('PersonMatcher', () => {
  const matcher = new PersonMatcher();
  matcher.add(person('p1', '佐藤 健', { nameKana: 'さとう けん', email: 'ken@example.org', organisations: ['o1'] }));
  matcher.add(
    person('p2', '佐藤 健', { nameKana: 'さとう たける', email: 'takeru@example.jp', organisations: ['o2'] }),
  );
  matcher.add(person('p3', '髙橋 翔太', { nameKana: 'たかはし しょうた', organisations: ['o3'] }));

  it('is sure by e-mail whatever the case and width', () => {
    expect(matcher.match(person('x', '佐藤健', { email: 'KEN@example.org' }))).toMatchObject({
      targetId: 'p1',
      score: 0.99,
    });
  });

  it('is sure by name and organisation, folding variant kanji', () => {
    expect(foldedNameKey('髙橋　翔太')).toBe(foldedNameKey('高橋翔太'));
    const found = matcher.match(person('x', '高橋翔太', { nameKana: 'タカハシ ショウタ', organisations: ['o3'] }));
    expect(found).toMatchObject({ targetId: 'p3' });
    expect(found!.score).toBeGreaterThanOrEqual(SURE);
  });

  it('tells homonyms apart by reading, and only asks about a name alone', () => {
    expect(matcher.match(person('x', '佐藤 健', { nameKana: 'サトウ タケル', organisations: ['o2'] }))).toMatchObject({
      targetId: 'p2',
    });
    const bare = matcher.match(person('x', '佐藤健'));
    expect(bare!.score).toBeLessThan(SURE);
  });

  it('asks, not assumes, when a different e-mail comes with the same name and organisation', () => {
    const found = matcher.match(person('x', '佐藤 健', { email: 'other@example.org', organisations: ['o1'] }));
    expect(found).toMatchObject({ targetId: 'p1' });
    expect(found!.reasons).toContain('email-differs');
    expect(found!.score).toBeLessThan(SURE);
  });

  it('never matches names that differ only in their numbers (generated lists: "Person 1", "Person 2")', () => {
    const numbered = new PersonMatcher();
    numbered.add(person('a', 'Person 0'));
    expect(numbered.match(person('b', 'Person 16121'))).toBeNull();
    expect(numbered.match(person('c', 'person 0'))).toMatchObject({ targetId: 'a' });
  });

  it('matches a moved person as possible only', () => {
    const found = matcher.match(person('x', '髙橋 翔太', { nameKana: 'たかはし しょうた', organisations: ['o9'] }));
    expect(found).toMatchObject({ targetId: 'p3' });
    expect(found!.score).toBeLessThan(SURE);
  });
});

describe('reason words', () => {
  it('are the same on the command line and on the import page, in both languages', async () => {
    const { reasonText } = await import('../../server/features/data/match/reasons.ts');
    const { MATCH_REASONS } = await import('../../server/features/data/match/matcher.ts');
    const page = (await import('../../client/src/i18n/features/import.json', { with: { type: 'json' } })).default as {
      en: { matches: { reasons: Record<string, string> } };
      ja: { matches: { reasons: Record<string, string> } };
    };
    for (const lang of ['en', 'ja'] as const)
      expect(Object.fromEntries(MATCH_REASONS.map((r) => [r, reasonText(r)[lang]]))).toEqual(
        page[lang].matches.reasons,
      );
  });
});

describe('follow-on problems', () => {
  it('are placed right after their cause, and causes keep their order', async () => {
    const { groupedByCause, issue } = await import('../../server/features/data/import/issues.ts');
    const at = (file: string, line: number) => ({ file, line, column: null });
    const text = (en: string) => ({ en, ja: `「${en}」` });
    const cause = issue('invalid-value', at('people.csv', 3), text('must be an email address'));
    const other = issue('required', at('people.csv', 9), text('is required'));
    const tie = { ...issue('unknown-reference', at('ties.csv', 2), text('x')), cause: { file: 'people.csv', line: 3 } };
    const orphan = {
      ...issue('unknown-reference', at('ties.csv', 5), text('y')),
      cause: { file: 'gone.csv', line: 1 },
    };
    expect(groupedByCause([cause, other, tie, orphan])).toEqual([cause, tie, other, orphan]);
  });
});
