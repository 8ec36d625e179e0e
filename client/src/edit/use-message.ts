import { useTranslation } from 'react-i18next';
import type { FieldMessage } from './client-checks.ts';

/**
 * A FieldMessage in the reader's language. `other` names a field (end must not be before
 * start), so it is translated as a field label; the server's text is used only when no
 * translation exists for the key.
 */
export function useMessage(): (message: FieldMessage) => string {
  const { t, i18n } = useTranslation();
  return (message) => {
    if (!i18n.exists(message.key)) return message.fallback ?? t('edit.error.unknown');
    const values = { ...message.values };
    if (typeof values.other === 'string') values.other = t(`edit.field.${values.other}`);
    return t(message.key, values);
  };
}
