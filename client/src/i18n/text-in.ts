/**
 * Texts people wrote, in the page's language (issue 16, item 7). A record holds its text in the
 * data's primary language (usually Japanese) and, optionally, an English version (`bioEn`,
 * `nameEn`, `descriptionEn`, `contextEn`). A page shows its own language's version and, when there
 * is none, the other one — marked, never silently: `fellBack` says so and `lang` is the language
 * the shown text is in, for the `lang` attribute screen readers and fonts need.
 */
import type { Language } from './languages.ts';

export interface TextInLanguage {
  text: string;
  /** The language the text is written in (as far as the record says). */
  lang: Language;
  /** True when the page's language had no version and the other one is shown. */
  fellBack: boolean;
}

const present = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null);

/** The version to show on a page in `language`, falling back to the other one; null when neither exists. */
export function textIn(
  primary: string | null | undefined,
  en: string | null | undefined,
  language: Language,
): TextInLanguage | null {
  const [own, other] = language === 'en' ? [present(en), present(primary)] : [present(primary), present(en)];
  if (own !== null) return { text: own, lang: language, fellBack: false };
  if (other !== null) return { text: other, lang: language === 'en' ? 'ja' : 'en', fellBack: true };
  return null;
}

/**
 * The version in `language` only, never the other one: for texts that must be written entirely in
 * one language (introduction letters, proposals). Null when there is none; callers then say it
 * without the text ("worked together on a project in 2018").
 */
export function onlyIn(primary: string | null | undefined, en: string | null | undefined, language: Language) {
  const shown = textIn(primary, en, language);
  return shown && !shown.fellBack ? shown.text : null;
}

/** Kana, kanji and Japanese punctuation: what an English-only text must not contain. */
export const JAPANESE_CHARACTERS =
  /[\u3000-\u303f\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/u;
