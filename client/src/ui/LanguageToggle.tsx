import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages.ts';

interface Props {
  language: Language;
  onChange(language: Language): void;
}

/** 日本語 | English as a two-button switch; each label is written in its own language. */
export function LanguageToggle({ language, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="segmented language-toggle" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          className={option === language ? 'segment segment-on' : 'segment'}
          onClick={() => onChange(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </div>
  );
}
