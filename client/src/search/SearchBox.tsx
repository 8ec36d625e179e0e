/**
 * Type-ahead search as an ARIA 1.2 combobox: focus stays in the input while ↑/↓ move the active
 * option (aria-activedescendant), Enter opens it, Escape closes the list (or clears the text).
 * The header's box searches every kind; pickers elsewhere (the introduction target) narrow it to
 * some kinds and leave out keys that make no sense there.
 */
import { useQuery } from '@apollo/client/react';
import { useId, useImperativeHandle, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { toResultRow, type SearchHitNode } from './search-hits.ts';
import { SearchQuery } from './search-query.ts';
import { SearchResultRow } from './SearchResultRow.tsx';
import { useDebouncedValue } from './use-debounced-value.ts';

export interface SearchHandle {
  /** Fills the box with `text` and shows its results (the welcome screen's examples). */
  search(text: string): void;
  focus(): void;
}

interface Props {
  language: Language;
  onPick(key: string, hit: SearchHitNode): void;
  /** Only these kinds (all when absent). */
  kinds?: NodeKind[];
  /** Keys never offered, such as the person asking for an introduction. */
  exclude?: readonly string[];
  label?: string;
  placeholder?: string;
  /** The footer's keyboard hint. */
  hint?: string;
  /** Shows the "/" shortcut key (only the header's box has one). */
  shortcut?: boolean;
  className?: string;
  ref?: Ref<SearchHandle>;
}

const PAGE = 8;

const NONE: readonly string[] = [];

export function SearchBox(props: Props) {
  const { language, onPick, kinds, exclude = NONE, shortcut = true, ref } = props;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 150);
  const listId = useId();
  const { data, previousData, loading, error } = useQuery(SearchQuery, {
    variables: { text: query, first: PAGE, kinds },
    skip: query === '',
  });
  const shown = query === '' ? undefined : (data ?? previousData);
  const found = shown?.search.nodes ?? [];
  const hits = found.map((hit) => hit.node).filter((node) => !exclude.includes(node.key));
  const rows = hits.map((node) => toResultRow(node, language));
  const total = (shown?.search.totalCount ?? 0) - (found.length - hits.length);
  const expanded = open && text.trim() !== '';

  const activeIndex = Math.max(0, Math.min(active, rows.length - 1));
  useImperativeHandle(ref, () => ({
    search(next) {
      setText(next);
      setActive(0);
      setOpen(true);
      input.current?.focus();
    },
    focus: () => input.current?.focus(),
  }));

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setOpen(false);
    setText('');
    input.current?.blur();
    onPick(hit.key, hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = rows.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (count > 0) setActive((activeIndex + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      const row = rows[activeIndex];
      // 229: the Enter that confirms a Japanese IME conversion (Safari reports it this way).
      const composing = event.nativeEvent.isComposing || event.nativeEvent.keyCode === 229;
      if (expanded && row && !composing) {
        event.preventDefault();
        pick(activeIndex);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const settled = !loading && query === text.trim();
  const status = !expanded
    ? ''
    : error
      ? ''
      : rows.length > 0
        ? t('search.count', { count: total })
        : settled
          ? t('search.noResults', { text: text.trim() })
          : t('search.loading');

  return (
    <div className={props.className ? `search ${props.className}` : 'search'}>
      <svg className="search-glass" viewBox="0 0 20 20" aria-hidden="true">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <path d="M13 13l4.5 4.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={input}
        type="text"
        role="combobox"
        className="search-input"
        aria-label={props.label ?? t('search.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && rows[activeIndex] ? optionId(activeIndex) : undefined}
        placeholder={props.placeholder ?? t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {text === '' ? (
        shortcut && (
          <kbd className="search-kbd" title={t('search.shortcut')}>
            /
          </kbd>
        )
      ) : (
        <button
          type="button"
          className="search-clear"
          aria-label={t('search.clear')}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setText('')}
        >
          ×
        </button>
      )}
      <div className={expanded ? 'search-popup' : 'search-popup search-popup-hidden'}>
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="results">
          {expanded &&
            rows.map((row, i) => (
              <SearchResultRow
                key={row.key}
                id={optionId(i)}
                row={row}
                active={i === activeIndex}
                onPick={() => pick(i)}
                onHover={() => setActive(i)}
              />
            ))}
        </ul>
        {expanded && error && <ErrorNotice error={error} compact />}
        <div className="search-footer">
          <span role="status">{status}</span>
          {expanded && rows.length > 0 && <span className="search-hint">{props.hint ?? t('search.hint')}</span>}
        </div>
      </div>
    </div>
  );
}
