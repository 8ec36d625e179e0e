/**
 * The same figures at past dates: a line chart of people reachable within 1, 2 and 3 hops
 * (TrendChart) and, beside it, the table it is drawn from (which is also what screen readers get).
 */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages.ts';
import { formatDate, formatNumber } from '../../ui/format.ts';
import { AssetsTrendQuery } from './assets-queries.ts';
import { TrendChart } from './TrendChart.tsx';

export function TrendSection({ org, hops, language }: { org: string; hops: number; language: Language }) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(AssetsTrendQuery, { variables: { org, hops } });
  const points = data?.assetsTrend ?? [];
  return (
    <section className="assets-card" aria-labelledby="assets-trend-title">
      <h2 id="assets-trend-title">{t('assets.trend.title')}</h2>
      <p className="assets-lead">{t('assets.trend.lead')}</p>
      {loading && <p>{t('assets.loading')}</p>}
      {points.length > 0 && (
        <>
          <TrendChart points={points} language={language} />
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
