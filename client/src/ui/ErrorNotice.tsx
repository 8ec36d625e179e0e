import { useTranslation } from 'react-i18next';
import { errorMessageKey } from './errors.ts';

interface Props {
  error: unknown;
  onRetry?: () => void;
  compact?: boolean;
}

/** A polite, translated error with an optional retry; details stay in the browser console. */
export function ErrorNotice({ error, onRetry, compact = false }: Props) {
  const { t } = useTranslation();
  return (
    <div className={compact ? 'notice notice-error notice-compact' : 'notice notice-error'} role="alert">
      <span>{t(errorMessageKey(error))}</span>
      {onRetry && (
        <button type="button" className="button-link" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
