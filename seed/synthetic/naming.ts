/**
 * Names for synthetic organisations: place + theme word + suffix, with a reading (hiragana, no
 * legal form, as Japanese directories sort) and an English name. Many combinations exist, but
 * duplicates are allowed: organisations are told apart by id, as in real directories.
 */
import type { Sector } from '../../server/shared/dataset.ts';
import type { NamePart } from '../demo/names.ts';
import type { Place } from './places.ts';
import type { Random } from './random.ts';
import type { Theme } from './themes.ts';

export interface OrganisationName {
  /** Full name, legal form first and separated by a space (NPO法人 …), as in the demo. */
  name: string;
  nameKana: string;
  nameEn: string;
  /** The name without the space after a legal form, for bios and tie contexts. */
  short: string;
}

const NPO_SUFFIXES: readonly NamePart[] = [
  ['ネット', 'ねっと', 'Net'],
  ['センター', 'せんたー', 'Centre'],
  ['の会', 'のかい', 'Society'],
  ['サポート', 'さぽーと', 'Support'],
  ['ラボ', 'らぼ', 'Lab'],
  ['ネットワーク', 'ねっとわーく', 'Network'],
];
const COMMUNITY_SUFFIXES: readonly NamePart[] = [
  ['サークル', 'さーくる', 'Circle'],
  ['協議会', 'きょうぎかい', 'Council'],
  ['の会', 'のかい', 'Group'],
  ['クラブ', 'くらぶ', 'Club'],
];
const FOUNDATION_SUFFIXES: readonly NamePart[] = [
  ['基金', 'ききん', 'Fund'],
  ['財団', 'ざいだん', 'Foundation'],
];
const UNIVERSITY_WORDS: readonly NamePart[] = [
  ['県立', 'けんりつ', 'Prefectural'],
  ['学院', 'がくいん', 'Gakuin'],
  ['国際', 'こくさい', 'International'],
  ['福祉', 'ふくし', 'Welfare'],
  ['文化', 'ぶんか', 'Bunka'],
];
const COMPANY_BRANDS: readonly NamePart[] = [
  ['ミライ', 'みらい', 'Mirai'],
  ['ソーシャル', 'そーしゃる', 'Social'],
  ['ブリッジ', 'ぶりっじ', 'Bridge'],
  ['あおば', 'あおば', 'Aoba'],
  ['ひかり', 'ひかり', 'Hikari'],
  ['コネクト', 'こねくと', 'Connect'],
  ['ネクスト', 'ねくすと', 'Next'],
  ['さくら', 'さくら', 'Sakura'],
];
const COMPANY_SUFFIXES: readonly NamePart[] = [
  ['テクノロジーズ', 'てくのろじーず', 'Technologies'],
  ['ソリューションズ', 'そりゅーしょんず', 'Solutions'],
  ['システム', 'しすてむ', 'Systems'],
  ['デジタル', 'でじたる', 'Digital'],
  ['パートナーズ', 'ぱーとなーず', 'Partners'],
  ['商事', 'しょうじ', 'Trading'],
];
const OTHER_KINDS: readonly NamePart[] = [
  ['社会福祉協議会', 'しゃかいふくしきょうぎかい', 'Council of Social Welfare'],
  ['生活協同組合', 'せいかつきょうどうくみあい', 'Consumer Co-operative'],
  ['商工会議所', 'しょうこうかいぎしょ', 'Chamber of Commerce'],
  ['青年会議所', 'せいねんかいぎしょ', 'Junior Chamber'],
  ['ボランティアセンター', 'ぼらんてぃあせんたー', 'Volunteer Centre'],
];

/** Joins name parts: kanji and kana run together, English is spaced. */
function join(legal: string, parts: readonly NamePart[]): OrganisationName {
  const body = parts.map((p) => p[0]).join('');
  return {
    name: legal === '' ? body : `${legal} ${body}`,
    nameKana: parts.map((p) => p[1]).join(''),
    nameEn: parts.map((p) => p[2]).join(' '),
    short: `${legal}${body}`,
  };
}

export function organisationName(random: Random, sector: Sector, place: Place, theme: Theme): OrganisationName {
  const word = random.pick(theme.words);
  switch (sector) {
    case 'npo':
      return join(random.chance(0.75) ? 'NPO法人' : '一般社団法人', [place.short, word, random.pick(NPO_SUFFIXES)]);
    case 'community':
      return join('', [place.short, word, random.pick(COMMUNITY_SUFFIXES)]);
    case 'foundation':
      return join(random.chance(0.6) ? '公益財団法人' : '一般財団法人', [
        place.short,
        word,
        random.pick(FOUNDATION_SUFFIXES),
      ]);
    case 'government': {
      // Offices are named after the whole prefecture (宮城県危機管理課), not its short form.
      const prefecture: NamePart = [place.prefecture, place.fullKana, place.short[2]];
      return join('', [prefecture, theme.office]);
    }
    case 'academia':
      return join('', [
        place.short,
        random.pick(UNIVERSITY_WORDS),
        ['大学', 'だいがく', 'University'],
        word,
        ['研究センター', 'けんきゅうせんたー', 'Research Centre'],
      ]);
    case 'company': {
      const parts = [random.pick(COMPANY_BRANDS), random.pick(COMPANY_SUFFIXES)];
      return join('株式会社', random.chance(0.4) ? [place.short, ...parts] : parts);
    }
    case 'other':
      return join('', [place.short, random.pick(OTHER_KINDS)]);
  }
}
