/**
 * For administrators: how path scores compare with what happened to requests (introduced and met,
 * by score), and the parameters that would explain the decisions best (docs/introductions.md,
 * "Calibration", says how to apply them).
 */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages.ts';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { CalibrationQuery } from './requests-queries.ts';

const PARAMETERS = ['alpha', 'halfLifeYears', 'recencyFloor', 'betaProject', 'betaOrg'] as const;

export function CalibrationCard({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(CalibrationQuery, { fetchPolicy: 'network-only' });
  if (error) return <ErrorNotice error={error} compact />;
  const c = data?.introductionCalibration;
  if (!c) return null;
  const rate = (n: number, of: number) => (of === 0 ? '—' : formatPercent(n / of, language));
  const value = (x: number) => formatNumber(Math.round(x * 1000) / 1000, language);
  return (
    <section className="import-card" aria-labelledby="calibration-title" data-testid="calibration">
      <h2 id="calibration-title">{t('requests.calibration.title')}</h2>
      <p className="import-hint">{t('requests.calibration.lead', { requests: c.requests, decisions: c.decisions })}</p>
      <table className="calibration-table">
        <thead>
          <tr>
            <th scope="col">{t('requests.calibration.score')}</th>
            <th scope="col">{t('requests.calibration.ended')}</th>
            <th scope="col">{t('requests.calibration.introduced')}</th>
            <th scope="col">{t('requests.calibration.met')}</th>
          </tr>
        </thead>
        <tbody>
          {c.byScore.map((b) => (
            <tr key={b.from}>
              <th scope="row">
                {formatPercent(b.from, language)}–{formatPercent(b.to, language)}
              </th>
              <td>{formatNumber(b.ended, language)}</td>
              <td>{rate(b.introduced, b.ended)}</td>
              <td>{rate(b.met, b.ended)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="calibration-table">
        <thead>
          <tr>
            <th scope="col">{t('requests.calibration.parameter')}</th>
            <th scope="col">{t('requests.calibration.current')}</th>
            <th scope="col">{t('requests.calibration.refit')}</th>
          </tr>
        </thead>
        <tbody>
          {PARAMETERS.map((p) => (
            <tr key={p}>
              <th scope="row">{t(`requests.calibration.param.${p}`)}</th>
              <td>{value(c.current[p])}</td>
              <td>{c.refit ? value(c.refit[p]) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="import-hint">
        {c.refit
          ? t('requests.calibration.refitHint', {
              current: value(c.currentLogLikelihood ?? 0),
              refit: value(c.refitLogLikelihood ?? 0),
            })
          : t('requests.calibration.tooFew')}
      </p>
    </section>
  );
}
