import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import type { FieldMessage } from './client-checks.ts';

/** A rule's words as a sentence: the shared catalogue writes them as clauses ("must be …"). */
function sentence(text: string, language: Language): string {
  if (language === 'ja') return /[。？！]$/.test(text) ? text : `${text}。`;
  const first = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.?!]$/.test(first) ? first : `${first}.`;
}

/**
 * A FieldMessage in the reader's language. A rule's own words (`text`, from the schemas the
 * server shares) are shown in that language; `other` names a field (end must not be before
 * start), so it is translated as a field label; the server's text is used only when no
 * translation exists for the key.
 */
export function useMessage(): (message: FieldMessage) => string {
  const { t, i18n } = useTranslation();
  return (message) => {
    const language: Language = i18n.language === 'en' ? 'en' : 'ja';
    if (message.text) return sentence(message.text[language], language);
    if (!i18n.exists(message.key)) return message.fallback ?? t('edit.error.unknown');
    const values = { ...message.values };
    if (typeof values.other === 'string') values.other = t(`edit.field.${values.other}`);
    return t(message.key, values);
  };
}
