import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { formatNumber } from '../ui/format.ts';
import { DEPTHS, LAYOUTS, LIMITS, type Depth, type Display, type LayoutName, type Limit } from '../view/url-state.ts';
import { ExportMenu, type ExportFormat } from './ExportMenu.tsx';

interface Props {
  depth: Depth;
  layout: LayoutName;
  limit: Limit;
  display: Display;
  language: Language;
  counts: { nodes: number; edges: number; loadedNodes: number } | null;
  hidden: number;
  filtersOn: number;
  filtersOpen: boolean;
  loading: boolean;
  onDepth(depth: Depth): void;
  onLayout(layout: LayoutName): void;
  onLimit(limit: Limit): void;
  onDisplay(display: Display): void;
  onFilters(): void;
  onShowHidden(): void;
  onExport(format: ExportFormat): void;
  onFit(): void;
  viewsOpen: boolean;
  onViews(): void;
  /** On a phone the controls fold behind one menu button (styles/phone.css); elsewhere this does nothing. */
  folded: boolean;
  onFold(): void;
  /** Controls placed after the summary, on the toolbar's rows (the time slider), so they take no row of their own. */
  children?: ReactNode;
}

function Segmented<T extends string | number>(props: {
  label: string;
  options: readonly T[];
  value: T;
  text(option: T): string;
  title?(option: T): string;
  onChange(option: T): void;
}) {
  const { label, options, value, text, title, onChange } = props;
  return (
    <div className="toolbar-group" role="group" aria-label={label}>
      <span className="toolbar-label" aria-hidden="true">
        {label}
      </span>
      <div className="segmented">
        {options.map((option) => (
          <button
            key={option}
            type="button"
            className={option === value ? 'segment segment-on' : 'segment'}
            aria-pressed={option === value}
            title={title?.(option)}
            onClick={() => onChange(option)}
          >
            {text(option)}
          </button>
        ))}
      </div>
    </div>
  );
}

function Summary({
  counts,
  hidden,
  loading,
  language,
  onShowHidden,
}: Pick<Props, 'counts' | 'hidden' | 'loading' | 'language' | 'onShowHidden'>) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <span className="toolbar-summary loading" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('graph.loading')}
      </span>
    );
  }
  if (!counts) return null;
  const n = (value: number) => formatNumber(value, language);
  return (
    <span className="toolbar-summary" role="status" aria-live="polite">
      {counts.loadedNodes > counts.nodes
        ? t('graph.summaryFiltered', { nodes: n(counts.nodes), loaded: n(counts.loadedNodes), edges: n(counts.edges) })
        : t('graph.summary', { nodes: n(counts.nodes), edges: n(counts.edges) })}
      {hidden > 0 && (
        <button type="button" className="button-link" onClick={onShowHidden}>
          {t('graph.showHidden', { count: hidden })}
        </button>
      )}
    </span>
  );
}

/** Over the map's top edge: how far and how much to look, how to lay it out and show it. */
export function CanvasToolbar(props: Props) {
  const { t } = useTranslation();
  const { depth, layout, limit, display, language, filtersOn, filtersOpen, folded } = props;
  return (
    <div
      className={folded ? 'canvas-toolbar canvas-toolbar-folded' : 'canvas-toolbar'}
      role="toolbar"
      aria-label={t('graph.toolbar')}
      data-canvas-inset="top"
    >
      <button
        type="button"
        className="button toolbar-button toolbar-fold"
        aria-expanded={!folded}
        aria-label={folded ? t('views.menu') : t('views.menuClose')}
        onClick={props.onFold}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          {folded ? (
            <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="1.6" />
          ) : (
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.6" />
          )}
        </svg>
      </button>
      <Segmented
        label={t('graph.depth')}
        options={DEPTHS}
        value={depth}
        text={String}
        title={(d) => t('graph.depthOption', { count: d })}
        onChange={props.onDepth}
      />
      <Segmented
        label={t('graph.display')}
        options={['map', 'list'] as const}
        value={display}
        text={(d) => t(`graph.displays.${d}`)}
        onChange={props.onDisplay}
      />
      <label className="toolbar-group toolbar-select">
        <span className="toolbar-label">{t('graph.layout')}</span>
        <select value={layout} onChange={(e) => props.onLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((name) => (
            <option key={name} value={name}>
              {t(`graph.layouts.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-group toolbar-select">
        <span className="toolbar-label">{t('graph.limit')}</span>
        <select value={limit} onChange={(e) => props.onLimit(Number(e.target.value) as Limit)}>
          {LIMITS.map((value) => (
            <option key={value} value={value}>
              {t('graph.limitOption', { count: value, value: formatNumber(value, language) })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className={filtersOpen ? 'button toolbar-button toolbar-button-on' : 'button toolbar-button'}
        aria-expanded={filtersOpen}
        aria-controls="filter-panel"
        onClick={props.onFilters}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M2 3h12l-4.5 5.5V13l-3 1.5V8.5z" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        {t('filters.button')}
        {filtersOn > 0 && <span className="badge">{formatNumber(filtersOn, language)}</span>}
      </button>
      <button
        type="button"
        className={props.viewsOpen ? 'button toolbar-button toolbar-button-on' : 'button toolbar-button'}
        aria-expanded={props.viewsOpen}
        aria-controls="saved-views"
        onClick={props.onViews}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 2h8v12l-4-3-4 3z" fill="none" stroke="currentColor" strokeWidth="1.4" />
        </svg>
        {t('views.button')}
      </button>
      <ExportMenu onExport={props.onExport} canPicture={display === 'map'} />
      <button type="button" className="button toolbar-button" onClick={props.onFit} disabled={display !== 'map'}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {t('graph.fit')}
      </button>
      <Summary {...props} />
      {props.children}
    </div>
  );
}
