/**
 * Match reasons in words, for the command line (the import page has the same words in its
 * catalogue, client/src/i18n/features/import.json; a unit test keeps the two equal).
 */
import type { MatchReason } from './matcher.ts';

export const REASON_WORDS: Record<MatchReason, { en: string; ja: string }> = {
  alias: { en: 'matched by an earlier import', ja: '以前のインポートで一致済み' },
  'same-email': { en: 'same e-mail address', ja: 'メールアドレスが同じ' },
  'same-name': { en: 'same name', ja: '名前が同じ' },
  'same-name-variant': { en: 'same name (variant kanji)', ja: '名前が同じ（異体字）' },
  'same-reading': { en: 'same reading', ja: '読みが同じ' },
  'same-english-name': { en: 'same English name', ja: '英語名が同じ' },
  'romaji-reading': { en: 'reading matches the Latin name', ja: '読みがローマ字名と一致' },
  synonym: { en: 'a synonym', ja: '同義語' },
  'similar-name': { en: 'name differs by a character or two', ja: '名前が1〜2文字違う' },
  'contained-name': { en: 'one name contains the other', ja: '一方の名前がもう一方を含む' },
  'same-organisation': { en: 'same organisation', ja: '所属団体が同じ' },
  'legal-form-differs': { en: 'different legal form', ja: '法人格が違う' },
  'prefecture-differs': { en: 'different prefecture', ja: '都道府県が違う' },
  'reading-differs': { en: 'different reading', ja: '読みが違う' },
  'email-differs': { en: 'different e-mail address', ja: 'メールアドレスが違う' },
  'other-organisation': { en: 'different organisation', ja: '所属団体が違う' },
  'several-candidates': { en: 'more than one record fits', ja: '当てはまる記録が複数' },
};

export const reasonWords = (reasons: readonly MatchReason[], lang: 'en' | 'ja'): string =>
  reasons.map((r) => REASON_WORDS[r][lang]).join(lang === 'ja' ? '、' : ', ');
