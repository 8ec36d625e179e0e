/**
 * A project's timeline at a glance: a bar from start to end (or to today while it runs), with
 * today marked, its length in months, and whether it is planned, running or finished.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { formatDate, formatNumber } from '../ui/format.ts';

interface Props {
  start: string | null | undefined;
  end: string | null | undefined;
  language: Language;
}

const months = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1;

export function ProjectTimeline({ start, end, language }: Props) {
  const { t } = useTranslation();
  const [today] = useState(() => new Date().toISOString().slice(0, 10));
  if (!start) return null;
  const status = start > today ? 'planned' : end && end < today ? 'finished' : 'running';
  const until = end ?? today;
  // Where today falls on the bar: only meaningful while the project has both ends around it.
  const span = Date.parse(until) - Date.parse(start);
  const at = span > 0 ? Math.min(1, Math.max(0, (Date.parse(today) - Date.parse(start)) / span)) : 1;
  return (
    <div className="timeline" aria-label={t('details.timeline.label')}>
      <div className="timeline-head">
        <span className={`timeline-status timeline-${status}`}>{t(`details.timeline.${status}`)}</span>
        <span className="muted">
          {t('details.timeline.months', {
            count: months(start, until),
            value: formatNumber(months(start, until), language),
          })}
        </span>
      </div>
      <div className="timeline-bar" aria-hidden="true">
        <span className="timeline-fill" style={{ width: `${(status === 'planned' ? 0 : at) * 100}%` }} />
        {status === 'running' && <span className="timeline-today" style={{ left: `${at * 100}%` }} />}
      </div>
      <div className="timeline-ends">
        <span>{formatDate(start, language, 'month')}</span>
        <span>{end ? formatDate(end, language, 'month') : t('details.ongoing')}</span>
      </div>
    </div>
  );
}
