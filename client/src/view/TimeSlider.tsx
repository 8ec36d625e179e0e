/**
 * The time slider: the map as the network stood at the end of a year. The server decides what
 * existed then (its one date rule, asked through `neighbourhood(asOf:)`); the slider only picks
 * the year. Its right end is today. Play steps one year at a time, waiting for each year's
 * answer before the next, and stops at today.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphData } from '../graph/elements.ts';
import { FIRST_YEAR, thisYear } from './url-state.ts';

interface Props {
  year: number | null;
  /** Today's network, to start the slider at its earliest dated link. */
  graph: GraphData | undefined;
  loading: boolean;
  onYear(year: number | null): void;
}

const STEP_MS = 900;
const yearOf = (date: string | null | undefined): number | null => {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(y) ? y : null;
};

/** The earliest year a dated link or project of this network names (at least FIRST_YEAR). */
export function earliestYear(graph: GraphData | undefined, now: number): number {
  const years = [
    ...(graph?.edges ?? []).map((e) => yearOf(e.lastContact)),
    ...(graph?.nodes ?? []).filter((n) => n.kind === 'PROJECT').map((n) => yearOf(n.labelAlt)),
  ].filter((y): y is number => y !== null && y >= FIRST_YEAR && y < now);
  return years.length > 0 ? Math.min(...years) - 1 : now - 10;
}

export function TimeSlider({ year, graph, loading, onYear }: Props) {
  const { t } = useTranslation();
  const now = thisYear();
  // The range comes from today's network and stays while moving through the past.
  const [first, setFirst] = useState(() => earliestYear(graph, now));
  if (year === null && graph && earliestYear(graph, now) !== first) setFirst(earliestYear(graph, now));
  const min = Math.min(first, year ?? now);
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing || loading) return;
    const timer = window.setTimeout(() => {
      const next = (year ?? min - 1) + 1;
      if (next >= now) {
        onYear(null);
        setPlaying(false);
      } else onYear(next);
    }, STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing, loading, year, min, now, onYear]);

  const value = year ?? now;
  const shown = year === null ? t('views.time.today') : t('views.time.endOf', { year });
  return (
    <div className="time-slider" data-canvas-inset="top" data-testid="time-slider">
      <button
        type="button"
        className="button toolbar-button"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && year === null) onYear(min);
          setPlaying(!playing);
        }}
      >
        <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          {playing ? (
            <path d="M4 3h3v10H4zM9 3h3v10H9z" fill="currentColor" />
          ) : (
            <path d="M4 2l9 6-9 6z" fill="currentColor" />
          )}
        </svg>
        {playing ? t('views.time.pause') : t('views.time.play')}
      </button>
      <label className="time-slider-range">
        <span className="toolbar-label">{t('views.time.label')}</span>
        <input
          type="range"
          min={min}
          max={now}
          step={1}
          value={value}
          aria-label={t('views.time.slider')}
          aria-valuetext={shown}
          onChange={(e) => {
            const picked = Number(e.target.value);
            setPlaying(false);
            onYear(picked >= now ? null : picked);
          }}
        />
      </label>
      <output className="time-slider-year" aria-live="polite">
        {shown}
      </output>
      {year !== null && (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            setPlaying(false);
            onYear(null);
          }}
        >
          {t('views.time.now')}
        </button>
      )}
    </div>
  );
}
