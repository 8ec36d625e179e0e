/**
 * Match reasons in words: a keyed catalogue in English and Japanese (the shape of
 * shared/messages.ts, decision 0018), each text written once per language, never made from the
 * other. The command line and the import report say reasons through it; the import page has the
 * same words in its catalogue (client/src/i18n/features/import.json), and unit tests keep the
 * two equal and both complete for every reason in MATCH_REASONS.
 */
import { entry, textsOf, type Entry, type Language } from '../../../shared/messages.ts';
import type { MatchReason } from './matcher.ts';

const say = (en: string, ja: string) =>
  entry(
    () => en,
    () => ja,
  );

export const MATCH_REASON_MESSAGES: Record<MatchReason, Entry<[]>> = {
  alias: say('matched by an earlier import', '以前のインポートで一致済み'),
  'same-email': say('same e-mail address', 'メールアドレスが同じ'),
  'same-name': say('same name', '名前が同じ'),
  'same-name-variant': say('same name (variant kanji)', '名前が同じ（異体字）'),
  'same-reading': say('same reading', '読みが同じ'),
  'same-english-name': say('same English name', '英語名が同じ'),
  'romaji-reading': say('reading matches the Latin name', '読みがローマ字名と一致'),
  synonym: say('a synonym', '同義語'),
  'similar-name': say('name differs by a character or two', '名前が1〜2文字違う'),
  'contained-name': say('one name contains the other', '一方の名前がもう一方を含む'),
  'same-organisation': say('same organisation', '所属団体が同じ'),
  'legal-form-differs': say('different legal form', '法人格が違う'),
  'prefecture-differs': say('different prefecture', '都道府県が違う'),
  'reading-differs': say('different reading', '読みが違う'),
  'email-differs': say('different e-mail address', 'メールアドレスが違う'),
  'other-organisation': say('different organisation', '所属団体が違う'),
  'several-candidates': say('more than one record fits', '当てはまる記録が複数'),
};

/** A reason in both languages. */
export const reasonText = textsOf(MATCH_REASON_MESSAGES);

export const reasonWords = (reasons: readonly MatchReason[], lang: Language): string =>
  reasons.map((r) => reasonText(r)[lang]).join(lang === 'ja' ? '、' : ', ');
