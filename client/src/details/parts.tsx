/**
 * Building blocks of the details panel: a titled section with its total, a row that opens
 * another node, and the loading / error / not-found frame every kind shares.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind, Sector } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { KindIcon } from '../ui/KindIcon.tsx';
import type { Page, ShowMore } from './show-more.ts';

interface SectionProps {
  title: string;
  total: number;
  shown: number;
  /** The list's page and loader, when it can show more. */
  more?: { list: string; page: Page; state: ShowMore };
  children: ReactNode;
}

export function Section({ title, total, shown, more, children }: SectionProps) {
  const { t } = useTranslation();
  const listId = useId();
  return (
    <section className="details-section">
      <h3>
        {title}
        <span className="count">{total}</span>
      </h3>
      {total === 0 ? (
        <p className="muted">{t('details.empty')}</p>
      ) : (
        <ul className="details-list" id={listId}>
          {children}
        </ul>
      )}
      {more ? (
        <MoreButton list={more.list} page={more.page} state={more.state} shown={shown} listId={listId} />
      ) : (
        total > shown && <p className="muted more">{t('details.more', { count: total - shown })}</p>
      )}
    </section>
  );
}

interface MoreProps {
  list: string;
  page: Page;
  state: ShowMore;
  /** How many items are on screen. */
  shown: number;
  /** Id of the list the items are in: the first new one takes the focus. */
  listId: string;
}

/** "Show more (N left)" under a paged list, with the failure message when a page did not come. */
export function MoreButton({ list, page, state, shown, listId }: MoreProps) {
  const { t } = useTranslation();
  const focusFrom = useRef<number | null>(null);
  // Once a page arrives, focus its first item: the button may vanish, and keyboard users keep
  // their place in the list.
  useEffect(() => {
    if (focusFrom.current === null || shown <= focusFrom.current) return;
    const items = document.getElementById(listId)?.querySelectorAll<HTMLElement>(':scope > li');
    items?.[focusFrom.current]?.querySelector('button')?.focus();
    focusFrom.current = null;
  }, [shown, listId]);
  const busy = state.busy === list;
  const left = page.totalCount - shown;
  return (
    <>
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
        <button
          type="button"
          className="more-button"
          aria-busy={busy}
          disabled={busy}
          onClick={() => {
            focusFrom.current = shown;
            state.load(list, page);
          }}
        >
          {busy ? t('details.loadingMore') : t('details.showMore', { count: left })}
        </button>
      ) : (
        left > 0 && <p className="muted more">{t('details.more', { count: left })}</p>
      )}
      {state.failed === list && (
        <p className="more-error" role="alert">
          {t('details.moreFailed')}
        </p>
      )}
    </>
  );
}

interface ItemProps {
  nodeKey: string;
  kind: NodeKind;
  sector?: Sector | null;
  /** A name, or a text in the page's language (ui/BilingualText.tsx: a project's name). */
  name: ReactNode;
  /** Role, dates: short words after the name. */
  meta?: string | null;
  /** A longer line under the name (how two people know each other). */
  note?: ReactNode;
  aside?: ReactNode;
  onOpen(key: string): void;
}

export function Item({ nodeKey, kind, sector, name, meta, note, aside, onOpen }: ItemProps) {
  return (
    <li>
      <button type="button" className="item" onClick={() => onOpen(nodeKey)}>
        <KindIcon kind={kind} sector={sector} size={14} />
        <span className="item-text">
          <span className="item-name">{name}</span>
          {meta && <span className="item-meta">{meta}</span>}
          {note && <span className="item-note">{note}</span>}
        </span>
        {aside && <span className="item-aside">{aside}</span>}
      </button>
    </li>
  );
}

interface FrameProps {
  loading: boolean;
  error: unknown;
  found: boolean;
  onRetry(): void;
  children: ReactNode;
}

export function Frame({ loading, error, found, onRetry, children }: FrameProps) {
  const { t } = useTranslation();
  if (found) return <>{children}</>;
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />;
  if (loading) {
    return (
      <div className="skeleton" aria-busy="true" aria-label={t('details.loading')}>
        <div className="skeleton-line skeleton-title" />
        <div className="skeleton-line" />
        <div className="skeleton-line skeleton-short" />
        <div className="skeleton-line" />
      </div>
    );
  }
  return <p className="notice">{t('details.notFound')}</p>;
}

interface HeaderProps {
  kind: NodeKind;
  sector?: Sector | null;
  primary: ReactNode;
  secondary?: string | null;
}

export function Heading({ kind, sector, primary, secondary }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="details-heading">
      <span className="kind-chip">
        <KindIcon kind={kind} sector={sector} size={14} />
        {t(`kind.${kind}`)}
        {sector && <span className="kind-chip-sector">{t(`sector.${sector}`)}</span>}
      </span>
      <h2 id="details-title">{primary}</h2>
      {secondary && <p className="details-secondary">{secondary}</p>}
    </header>
  );
}

export function Facts({ rows }: { rows: [label: string, value: ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== '');
  if (shown.length === 0) return null;
  return (
    <dl className="facts">
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Joins the present parts: a middle dot in Japanese, a spaced dot in English. */
export function joinMeta(language: Language, ...parts: (string | null | undefined | false)[]): string {
  return parts.filter(Boolean).join(language === 'ja' ? '・' : ' · ');
}
