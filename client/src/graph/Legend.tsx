import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KindIcon } from '../ui/KindIcon.tsx';
import { KINDS, SECTOR_COLOURS, SECTORS } from './palette.ts';

/** Small screens start with the legend folded: the map needs the room more. */
const roomy = () => window.innerWidth >= 1100 && window.innerHeight >= 820;

/**
 * What shapes, colours and line widths mean; folds away for more room. It sits in the map's
 * bottom-left corner, which fitting keeps free of nodes (graph/insets.ts); opening it asks the
 * map to make room (`onToggle`).
 */
export function Legend({ onToggle }: { onToggle?: () => void }) {
  const { t } = useTranslation();
  const [open] = useState(roomy);
  return (
    <details className="legend" open={open} data-canvas-inset="bottom-left" onToggle={() => onToggle?.()}>
      <summary>{t('legend.title')}</summary>
      <ul className="legend-kinds">
        {KINDS.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} size={14} colour={kind === 'ORGANISATION' ? '#9aa1a9' : undefined} />
            {t(`kind.${kind}`)}
          </li>
        ))}
      </ul>
      <p className="legend-heading">{t('legend.sectors')}</p>
      <ul className="legend-sectors">
        {SECTORS.map((sector) => (
          <li key={sector}>
            <KindIcon kind="ORGANISATION" size={12} colour={SECTOR_COLOURS[sector]} />
            {t(`sector.${sector}`)}
          </li>
        ))}
      </ul>
      <p className="legend-ties">
        <svg width="44" height="12" viewBox="0 0 44 12" aria-hidden="true">
          <line x1="2" y1="9" x2="14" y2="9" stroke="#7b8794" strokeWidth="1" />
          <line x1="16" y1="8" x2="28" y2="8" stroke="#7b8794" strokeWidth="2.5" />
          <line x1="30" y1="7" x2="42" y2="7" stroke="#7b8794" strokeWidth="4" />
        </svg>
        {t('legend.tieWidth')}
      </p>
      <p className="legend-ties">
        <svg width="44" height="12" viewBox="0 0 44 12" aria-hidden="true">
          <line x1="2" y1="6" x2="20" y2="6" stroke="#7b8794" strokeWidth="2.5" />
          <line x1="24" y1="6" x2="42" y2="6" stroke="#7b8794" strokeWidth="2.5" opacity="0.4" />
        </svg>
        {t('legend.recency')}
      </p>
      <p className="legend-ties">
        <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
          <circle cx="22" cy="7" r="5.5" fill="#0072B2" stroke="#1f2933" strokeWidth="1" />
          <circle cx="22" cy="7" r="3.5" fill="none" stroke="#1f2933" strokeWidth="1" />
        </svg>
        {t('legend.expanded')}
      </p>
    </details>
  );
}
