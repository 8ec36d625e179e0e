/**
 * i18next set up once, with both languages bundled (they are small, and switching must be
 * instant). The starting language comes from the URL, then the saved choice, then Japanese.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { translations } from './catalogue.ts';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, type Language } from './languages.ts';

export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage can be blocked (private mode, strict settings): fall back quietly
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // not saved: the URL still carries the choice
  }
}

/** Reflects the language in the document (screen readers, fonts, the tab title). */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.title = i18n.getFixedT(language)('app.title');
}

export function setupI18n(initial: Language | null): typeof i18n {
  void i18n.use(initReactI18next).init({
    resources: { ja: { translation: translations.ja }, en: { translation: translations.en } },
    lng: initial ?? storedLanguage() ?? DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: ['ja', 'en'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return i18n;
}

export { i18n };
