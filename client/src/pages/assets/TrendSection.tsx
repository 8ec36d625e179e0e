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
const H = 180;
const LEFT = 44;
const RIGHT = 26;
const TOP = 10;
const BOTTOM = 26;

/** Three round tick values from 0 to at least max (e.g. 0, 50, 100, 150). */
function ticks(max: number): number[] {
  const raw = max / 3;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  return [0, 1, 2, 3].map((i) => i * step);
}

export function TrendSection({ org, hops, language }: { org: string; hops: number; language: Language }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AssetsTrendQuery, { variables: { org, hops } });
  const points = data?.assetsTrend ?? [];
  const yTicks = ticks(Math.max(1, ...points.flatMap((p) => p.people)));
  const max = yTicks[yTicks.length - 1]!;
  const x = (i: number) => LEFT + (points.length > 1 ? (i * (W - LEFT - RIGHT)) / (points.length - 1) : 0);
  const y = (v: number) => H - BOTTOM - (v / max) * (H - BOTTOM - TOP);
  return (
    <section className="assets-card" aria-labelledby="assets-trend-title">
      <h2 id="assets-trend-title">{t('assets.trend.title')}</h2>
      <p className="assets-lead">{t('assets.trend.lead')}</p>
      {loading && <p>{t('assets.loading')}</p>}
      {points.length > 0 && (
        <>
          <svg className="assets-trend" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t('assets.trend.chartLabel')}>
            {yTicks.map((v) => (
              <g key={v}>
                <line
                  x1={LEFT}
                  x2={W - RIGHT}
                  y1={y(v)}
                  y2={y(v)}
                  className={v === 0 ? 'assets-axis' : 'assets-grid-line'}
                />
                <text x={LEFT - 6} y={y(v) + 3} textAnchor="end" className="assets-tick">
                  {formatNumber(v, language)}
                </text>
              </g>
            ))}
            {[0, 1, 2].map((h) => (
              <g key={h} className={`assets-series assets-series-${h + 1}`}>
                <polyline points={points.map((p, i) => `${x(i)},${y(p.people[h]!)}`).join(' ')} fill="none" />
                {points.map((p, i) => (
                  <circle key={p.date} cx={x(i)} cy={y(p.people[h]!)} r={h === 0 ? 3.5 : 3} />
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
          <div className="assets-table-wrap">
            <table className="assets-table assets-trend-table" data-testid="trend-table">
              <caption>{t('assets.trend.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col" rowSpan={2}>
                    {t('assets.trend.date')}
                  </th>
                  <th scope="col" rowSpan={2} className="assets-num-cell">
                    {t('assets.trend.members')}
                  </th>
                  <th scope="colgroup" colSpan={3} className="assets-group-head">
                    {t('assets.trend.people')}
                  </th>
                  <th scope="colgroup" colSpan={2} className="assets-group-head">
                    {t('assets.trend.needs')}
                  </th>
                </tr>
                <tr>
                  {[1, 2, 3].map((h) => (
                    <th scope="col" key={h} className="assets-num-cell">
                      <span className="sr-only">{t('assets.trend.people')} </span>
                      {t('assets.trend.peopleAt', { count: h })}
                    </th>
                  ))}
                  <th scope="col" className="assets-num-cell">
                    {t('assets.trend.covered')}
                  </th>
                  <th scope="col" className="assets-num-cell">
                    {t('assets.trend.fragile')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.date}>
                    <th scope="row">{formatDate(p.date, language)}</th>
                    <td className="assets-number assets-num-cell">{formatNumber(p.members, language)}</td>
                    {p.people.map((v, h) => (
                      <td className="assets-number assets-num-cell" key={h}>
                        {formatNumber(v, language)}
                      </td>
                    ))}
                    <td className="assets-number assets-num-cell">
                      {t('assets.trend.coveredFigures', { covered: p.needsCovered, needs: p.needs })}
                    </td>
                    <td className="assets-number assets-num-cell">{formatNumber(p.needsFragile, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="assets-note">{t('assets.trend.note')}</p>
        </>
      )}
    </section>
  );
}
