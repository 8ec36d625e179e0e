import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { formatNumber } from '../ui/format.ts';
import { DEPTHS, type Depth } from '../view/url-state.ts';

interface Props {
  depth: Depth;
  language: Language;
  counts: { nodes: number; edges: number } | null;
  loading: boolean;
  onDepth(depth: Depth): void;
  onFit(): void;
}

/** Over the map's top-left corner: how far to look, fit to screen, and what is shown. */
export function CanvasToolbar({ depth, language, counts, loading, onDepth, onFit }: Props) {
  const { t } = useTranslation();
  return (
    <div className="canvas-toolbar">
      <div className="toolbar-group" role="group" aria-label={t('graph.depth')}>
        <span className="toolbar-label" aria-hidden="true">
          {t('graph.depth')}
        </span>
        <div className="segmented">
          {DEPTHS.map((d) => (
            <button
              key={d}
              type="button"
              className={d === depth ? 'segment segment-on' : 'segment'}
              aria-pressed={d === depth}
              title={t('graph.depthOption', { count: d })}
              onClick={() => onDepth(d)}
            >
              {d}
            </button>
          ))}
        </div>
      </div>
      <button type="button" className="button button-quiet toolbar-fit" onClick={onFit} title={t('graph.fit')}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
        {t('graph.fit')}
      </button>
      <span className="toolbar-summary" aria-live="polite">
        {loading ? (
          <span className="loading">
            <span className="spinner" aria-hidden="true" />
            {t('graph.loading')}
          </span>
        ) : (
          counts &&
          t('graph.summary', {
            nodes: formatNumber(counts.nodes, language),
            edges: formatNumber(counts.edges, language),
          })
        )}
      </span>
    </div>
  );
}
