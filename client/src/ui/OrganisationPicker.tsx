/**
 * "Which organisation?" for the pages beside the map: the explorer's own type-ahead (kanji, kana,
 * romaji; arrow keys, Enter, Esc) narrowed to organisations, with a visible label.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { SearchBox } from '../search/SearchBox.tsx';

interface Props {
  language: Language;
  label: string;
  placeholder: string;
  className?: string;
  labelClassName?: string;
  onPick(id: string): void;
}

export function OrganisationPicker({ language, label, placeholder, className, labelClassName, onPick }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className={className} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={labelClassName}>
        {label}
      </span>
      <SearchBox
        language={language}
        kinds={['ORGANISATION']}
        shortcut={false}
        label={label}
        placeholder={placeholder}
        hint={t('search.hint')}
        className="search-inline"
        onPick={(_key, hit) => onPick(hit.id)}
      />
    </div>
  );
}
