/**
 * Where synthetic organisations are: all 47 prefectures, weighted roughly by population with the
 * social sector's hubs (Tokyo, and Miyagi since the 2011 recovery work) boosted, so a benchmark
 * network looks like Japan's rather than a uniform spread.
 */
import { PREFECTURES } from '../../server/shared/prefectures.ts';
import type { NamePart } from '../demo/names.ts';
import { cumulativeOf } from './random.ts';

export interface Place {
  /** Full prefecture name as stored (東京都). */
  prefecture: string;
  /** Short form for names (東京), with reading and romaji. */
  short: NamePart;
  /** Reading of the full name (とうきょうと), for government office names. */
  fullKana: string;
  /** Relative share of clusters and organisations placed here. */
  weight: number;
}

/** [hiragana of the short name, relative weight], in JIS order to line up with PREFECTURES. */
const READINGS_AND_WEIGHTS: readonly (readonly [string, number])[] = [
  ['ほっかいどう', 50],
  ['あおもり', 10],
  ['いわて', 11],
  ['みやぎ', 45],
  ['あきた', 8],
  ['やまがた', 9],
  ['ふくしま', 18],
  ['いばらき', 22],
  ['とちぎ', 15],
  ['ぐんま', 15],
  ['さいたま', 55],
  ['ちば', 48],
  ['とうきょう', 280],
  ['かながわ', 90],
  ['にいがた', 17],
  ['とやま', 8],
  ['いしかわ', 9],
  ['ふくい', 6],
  ['やまなし', 6],
  ['ながの', 16],
  ['ぎふ', 15],
  ['しずおか', 30],
  ['あいち', 75],
  ['みえ', 13],
  ['しが', 11],
  ['きょうと', 30],
  ['おおさか', 110],
  ['ひょうご', 50],
  ['なら', 10],
  ['わかやま', 7],
  ['とっとり', 5],
  ['しまね', 5],
  ['おかやま', 15],
  ['ひろしま', 25],
  ['やまぐち', 10],
  ['とくしま', 5],
  ['かがわ', 7],
  ['えひめ', 10],
  ['こうち', 6],
  ['ふくおか', 60],
  ['さが', 6],
  ['ながさき', 10],
  ['くまもと', 16],
  ['おおいた', 9],
  ['みやざき', 8],
  ['かごしま', 13],
  ['おきなわ', 16],
];

const SUFFIX_KANA: Readonly<Record<string, string>> = { 都: 'と', 府: 'ふ', 県: 'けん' };

export const PLACES: readonly Place[] = PREFECTURES.map(([ja, en], i) => {
  const [kana, weight] = READINGS_AND_WEIGHTS[i] as readonly [string, number];
  // 北海道 keeps its 道: "北海" alone is not how anyone names the place.
  const last = ja.slice(-1);
  const suffix = SUFFIX_KANA[last];
  const short = suffix === undefined ? ja : ja.slice(0, -1);
  return { prefecture: ja, short: [short, kana, en], fullKana: suffix === undefined ? kana : kana + suffix, weight };
});

export const PLACE_CUMULATIVE = cumulativeOf(PLACES.map((p) => p.weight));

export const OKINAWA = '沖縄県';
