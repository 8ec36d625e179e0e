/**
 * "Which organisation?" (and "which project?") for the pages beside the map: the explorer's own
 * type-ahead (kanji, kana, romaji; arrow keys, Enter, Esc) narrowed to one kind, with a visible label.
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

export const OrganisationPicker = (props: Props) => <KindPicker {...props} kind="ORGANISATION" />;

export const ProjectPicker = (props: Props) => <KindPicker {...props} kind="PROJECT" />;

function KindPicker({
  language,
  label,
  placeholder,
  className,
  labelClassName,
  onPick,
  kind,
}: Props & { kind: 'ORGANISATION' | 'PROJECT' }) {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <div className={className} role="group" aria-labelledby={labelId}>
      <span id={labelId} className={labelClassName}>
        {label}
      </span>
      <SearchBox
        language={language}
        kinds={[kind]}
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
