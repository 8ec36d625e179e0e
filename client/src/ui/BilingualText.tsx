import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { textIn } from '../i18n/text-in.ts';

interface Props {
  primary: string | null | undefined;
  en: string | null | undefined;
  language: Language;
  /** The element to render: a paragraph for bios and descriptions, a span inside lines. */
  as?: 'p' | 'span';
  className?: string;
}

/**
 * A text people wrote, in the page's language (i18n/text-in.ts): the other language's version when
 * there is none, in its own `lang` and marked "(Japanese only)" / 「（英語のみ）」. Nothing when
 * neither exists.
 */
export function BilingualText({ primary, en, language, as: Element = 'span', className }: Props) {
  const { t } = useTranslation();
  const shown = textIn(primary, en, language);
  if (!shown) return null;
  if (!shown.fellBack) return <Element className={className}>{shown.text}</Element>;
  return (
    <Element className={className}>
      <span lang={shown.lang}>{shown.text}</span>{' '}
      <span className="text-fallback" data-testid="text-fallback">
        {t(shown.lang === 'ja' ? 'text.japaneseOnly' : 'text.englishOnly')}
      </span>
    </Element>
  );
}
