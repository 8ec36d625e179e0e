/**
 * The ready-to-send introduction request, through the real translation files: polite Japanese
 * and plain English, addressed to the first intermediary, citing how each pair knows each other.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../client/src/i18n/en.json' with { type: 'json' };
import ja from '../../client/src/i18n/ja.json' with { type: 'json' };
import type { Language } from '../../client/src/i18n/languages.ts';
import type { IntroEvidence, IntroPath } from '../../client/src/introductions/intro-text.ts';
import { requestText, type RequestContext } from '../../client/src/introductions/request-text.ts';
import { JAPANESE_CHARACTERS } from '../../client/src/i18n/text-in.ts';

const i18n = i18next.createInstance();
await i18n.init({
  resources: { ja: { translation: ja }, en: { translation: en } },
  lng: 'ja',
  initAsync: false,
  interpolation: { escapeValue: false },
});
const context = (language: Language, purpose = ''): RequestContext => ({
  language,
  t: i18n.getFixedT(language),
  purpose,
});

const none = {
  strength: 0.5,
  tieStrength: null,
  lastContact: null,
  context: null,
  contextEn: null,
  projectEnd: null,
  size: null,
  project: null,
  organisation: null,
};
const declared = (context: string | null, contextEn: string | null = null): IntroEvidence => ({
  ...none,
  kind: 'DECLARED',
  tieStrength: 4,
  context,
  contextEn,
});
const project: IntroEvidence = {
  ...none,
  kind: 'PROJECT',
  project: { key: 'Project:pj02', id: 'pj02', name: '子ども食堂マップ', nameEn: null, start: '2016-05-01' },
};
const organisation: IntroEvidence = {
  ...none,
  kind: 'ORGANISATION',
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
const [hanako, ichiro, taro, mei] = [
  person('p1', '田中 花子', 'Tanaka Hanako'),
  person('p2', '鈴木 一郎', 'Suzuki Ichiro'),
  person('p3', '山田 太郎', 'Yamada Taro'),
  person('p4', '小川 芽衣', 'Ogawa Mei'),
];
const pathOf = (people: (typeof hanako)[], evidence: IntroEvidence[][]): IntroPath => ({
  score: 0.2,
  hopFactor: Math.exp(-0.5),
  people,
  hops: evidence.map((e, i) => ({
    strength: 0.6,
    from: { key: people[i]!.key, id: people[i]!.id },
    to: { key: people[i + 1]!.key, id: people[i + 1]!.id },
    evidence: e,
  })),
});

describe('introduction request', () => {
  const twoSteps = pathOf([hanako, ichiro, taro], [[declared('大学の同期')], [project, organisation]]);

  it('asks the first intermediary in polite Japanese, citing both bonds', () => {
    expect(requestText(twoSteps, context('ja', 'kintoneのご経験について'))).toBe(
      [
        '鈴木 一郎様',
        '',
        'いつもお世話になっております。田中 花子です。',
        'このたび、山田 太郎様にkintoneのご経験についてお話を伺いたく、ご連絡いたしました。',
        '鈴木 一郎様とは大学の同期というご縁があり、ご相談させていただきました。',
        '鈴木 一郎様と山田 太郎様は『子ども食堂マップ』でご一緒した間柄と伺っております。',
        'もしご迷惑でなければ、山田 太郎様をご紹介いただけないでしょうか。',
        '',
        'お忙しいところ恐縮ですが、ご検討いただけましたら幸いです。',
        'どうぞよろしくお願いいたします。',
        '',
        '田中 花子',
      ].join('\n'),
    );
  });

  it('writes the same request in English, with names in Latin letters and English versions of the texts', () => {
    const inEnglish = pathOf(
      [hanako, ichiro, taro],
      [
        [declared('大学の同期', 'University classmates')],
        [{ ...project, project: { ...project.project!, nameEn: 'Kodomo Map' } }, organisation],
      ],
    );
    const text = requestText(inEnglish, context('en'));
    expect(text.split('\n').slice(0, 7)).toEqual([
      'Dear Suzuki Ichiro,',
      '',
      'I hope you are well. This is Tanaka Hanako.',
      'I am writing because I would very much like to speak with Yamada Taro.',
      'You and I know each other (University classmates), so I hoped I might ask you.',
      'As I understand it, Suzuki Ichiro and Yamada Taro worked together on “Kodomo Map”.',
      'Would you be willing to introduce me to Yamada Taro?',
    ]);
    expect(text.endsWith('Best regards,\n\nTanaka Hanako')).toBe(true);
    expect(text).not.toMatch(JAPANESE_CHARACTERS);
  });

  it('an English letter leaves out texts that have no English version and never contains Japanese', () => {
    const text = requestText(twoSteps, context('en'));
    expect(text).not.toMatch(JAPANESE_CHARACTERS);
    expect(text).toContain('You and I know each other, so I hoped I might ask you.');
    expect(text).toContain('Suzuki Ichiro and Yamada Taro worked together on a project in 2016.');
    const undated = { ...project, project: { ...project.project!, start: null } };
    const noNames = pathOf([hanako, taro], [[declared('2018年の「復興公営住宅のコミュニティづくり」で協働'), undated]]);
    expect(requestText(noNames, context('en'))).toBe(
      'You and Yamada Taro already know each other (you worked together on a project), so you can contact them directly.',
    );
    const unnamedOrganisation = { ...organisation, organisation: { ...organisation.organisation!, nameEn: null } };
    const viaOrganisation = requestText(pathOf([hanako, taro], [[unnamedOrganisation]]), context('en'));
    expect(viaOrganisation).toContain('you are part of the same organisation');
    expect(viaOrganisation).not.toMatch(JAPANESE_CHARACTERS);
  });

  it('a Japanese letter uses the Japanese texts, never their English versions', () => {
    const both = pathOf([hanako, taro], [[declared('大学の同期', 'University classmates')]]);
    const text = requestText(both, context('ja'));
    expect(text).toContain('大学の同期という間柄');
    expect(text).not.toContain('University');
  });

  it('asks to be passed on along a longer chain, one line per pair', () => {
    const long = pathOf([hanako, ichiro, taro, mei], [[declared(null)], [organisation], [project]]);
    const text = requestText(long, context('ja'));
    expect(text).toContain('鈴木 一郎様とは以前からお付き合いのあるご縁があり');
    expect(text).toContain('鈴木 一郎様と山田 太郎様は『こどもごはんネット東京』でご一緒している間柄');
    expect(text).toContain('山田 太郎様と小川 芽衣様は『子ども食堂マップ』でご一緒した間柄');
    expect(text).toContain('小川 芽衣様へおつなぎいただけるよう、山田 太郎様をご紹介いただけないでしょうか。');
    expect(requestText(long, context('en'))).toContain(
      'introduce me to Yamada Taro, who may be able to put me in touch with Ogawa Mei?',
    );
  });

  it('says a direct acquaintance needs no introduction', () => {
    const direct = pathOf([hanako, taro], [[project]]);
    expect(requestText(direct, context('ja'))).toBe(
      '山田 太郎様とはすでに直接のつながり（『子ども食堂マップ』でご一緒した間柄）があります。紹介を介さず、直接ご連絡いただけます。',
    );
    expect(requestText(direct, context('en'))).toContain('You and Yamada Taro already know each other');
  });
});
