/**
 * The same figures at past dates: a hand-made SVG line chart of people reachable within 1, 2 and
 * 3 hops, and the table it is drawn from (which is also what screen readers get).
 */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages.ts';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { AssetsTrendQuery } from './assets-queries.ts';

const W = 480;
const H = 160;
const PAD = 32;

export function TrendSection({ org, hops, language }: { org: string; hops: number; language: Language }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AssetsTrendQuery, { variables: { org, hops } });
  const points = data?.assetsTrend ?? [];
  const max = Math.max(1, ...points.flatMap((p) => p.people));
  const x = (i: number) => PAD + (points.length > 1 ? (i * (W - 2 * PAD)) / (points.length - 1) : 0);
  const y = (v: number) => H - PAD + 8 - (v / max) * (H - PAD - 8);
  return (
    <section className="assets-card" aria-labelledby="assets-trend-title">
      <h2 id="assets-trend-title">{t('assets.trend.title')}</h2>
      <p className="assets-lead">{t('assets.trend.lead')}</p>
      {loading && <p>{t('assets.loading')}</p>}
      {points.length > 0 && (
        <>
          <svg className="assets-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('assets.trend.chartLabel')}>
            <line x1={PAD} x2={W - PAD} y1={H - PAD + 8} y2={H - PAD + 8} className="assets-axis" />
            {[0, 1, 2].map((h) => (
              <g key={h} className={`assets-series assets-series-${h + 1}`}>
                <polyline points={points.map((p, i) => `${x(i)},${y(p.people[h]!)}`).join(' ')} fill="none" />
                {points.map((p, i) => (
                  <circle key={p.date} cx={x(i)} cy={y(p.people[h]!)} r={3} />
                ))}
              </g>
            ))}
            {points.map((p, i) => (
              <text key={p.date} x={x(i)} y={H - 4} textAnchor="middle" className="assets-tick">
                {formatDate(p.date, language, 'year')}
              </text>
            ))}
          </svg>
          <p className="assets-legend" aria-hidden="true">
            {[1, 2, 3].map((h) => (
              <span key={h} className={`assets-key assets-series-${h}`}>
                {t('assets.hopsLabel', { count: h })}
              </span>
            ))}
          </p>
          <table className="assets-table" data-testid="trend-table">
            <caption>{t('assets.trend.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assets.trend.date')}</th>
                <th scope="col">{t('assets.trend.members')}</th>
                {[1, 2, 3].map((h) => (
                  <th scope="col" key={h}>
                    {t('assets.trend.peopleAt', { count: h })}
                  </th>
                ))}
                <th scope="col">{t('assets.trend.needs')}</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.date}>
                  <th scope="row">{formatDate(p.date, language)}</th>
                  <td className="assets-number">{formatNumber(p.members, language)}</td>
                  {p.people.map((v, h) => (
                    <td className="assets-number" key={h}>
                      {formatNumber(v, language)}
                    </td>
                  ))}
                  <td className="assets-number">
                    {t('assets.trend.needsFigures', {
                      covered: p.needsCovered,
                      needs: p.needs,
                      fragile: p.needsFragile,
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="assets-note">{t('assets.trend.note')}</p>
        </>
      )}
    </section>
  );
}
