/**
 * Which of a node's names to show first, per language. Japanese readers see the Japanese name
 * with its kana reading; English readers see the Latin or English name with the Japanese one
 * beside it (names are never translated, only transliterated by their owners).
 */
import type { Language } from '../i18n/languages.ts';

export interface DisplayName {
  primary: string;
  secondary: string | null;
}

/** Names as the API offers them for any kind; absent fields are null or undefined. */
export interface NameFields {
  name?: string | null;
  nameKana?: string | null;
  nameLatin?: string | null;
  nameEn?: string | null;
  nameJa?: string | null;
}

const present = (value: string | null | undefined): string | null => (value && value.trim() !== '' ? value : null);

export function displayName(fields: NameFields, language: Language): DisplayName {
  const japanese = present(fields.name) ?? present(fields.nameJa);
  const latin = present(fields.nameLatin) ?? present(fields.nameEn);
  const kana = present(fields.nameKana);
  if (language === 'en') {
    const primary = latin ?? japanese ?? kana ?? '';
    const secondary = japanese && japanese !== primary ? japanese : null;
    return { primary, secondary };
  }
  const primary = japanese ?? latin ?? kana ?? '';
  const second = kana ?? latin;
  return { primary, secondary: second && second !== primary ? second : null };
}

/** Just the name to show. */
export function nameIn(fields: NameFields, language: Language): string {
  return displayName(fields, language).primary;
}
