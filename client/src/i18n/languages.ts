/** The two languages of the explorer; Japanese first, English equal. */
export type Language = 'ja' | 'en';

export const LANGUAGES: readonly Language[] = ['ja', 'en'];
export const DEFAULT_LANGUAGE: Language = 'ja';
export const LANGUAGE_STORAGE_KEY = 'tsunagari.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'ja' || value === 'en';
}

/** Intl locale for dates and numbers. */
export function localeOf(language: Language): string {
  return language === 'ja' ? 'ja-JP' : 'en-GB';
}
