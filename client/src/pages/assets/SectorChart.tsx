/**
 * People reached by sector within the chosen hops: horizontal bars drawn by recharts (decision
 * 0027), the sectors bridged to highlighted, and beside them a small table of the same figures in
 * which each sector's people count opens the people behind it. The chart is one image to screen
 * readers; the table is what they and keyboard users work with.
 */
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { Sector } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';

export interface SectorFigure {
  sector: Sector;
  people: number;
  organisations: number;
}

/** The dashboard's tones (assets.css --accent-2, --assets-ok): presentation attributes take no CSS variables. */
const MAIN = '#2d5a8c';
const BRIDGED = '#009e73';
const ROW = 30;

interface Props {
  hops: number;
  sectors: readonly SectorFigure[];
  bridged: readonly Sector[];
  language: Language;
  onDrill(sector: Sector): void;
}

export function SectorChart({ hops, sectors, bridged, language, onDrill }: Props) {
  const { t } = useTranslation();
  const n = (x: unknown) => formatNumber(Number(x), language);
  const rows = sectors.map((s) => ({ ...s, label: t(`sector.${s.sector}`) }));
  return (
    <div className="assets-sector-chart">
      <div data-testid="sector-chart">
        <ResponsiveContainer width="100%" height={rows.length * ROW + 28}>
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 0, right: 16, bottom: 0, left: 0 }}
            role="img"
            aria-label={t('assets.reach.bySector', { count: hops })}
          >
            <XAxis type="number" allowDecimals={false} tickFormatter={n} className="assets-tick" />
            <YAxis type="category" dataKey="label" width={140} className="assets-tick" />
            <Bar dataKey="people" isAnimationActive={false} barSize={16}>
              {rows.map((s) => (
                <Cell key={s.sector} fill={bridged.includes(s.sector) ? BRIDGED : MAIN} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="assets-table assets-sector-table" data-testid="sector-table">
        <caption className="sr-only">{t('assets.reach.bySector', { count: hops })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assets.reach.sector')}</th>
            <th scope="col" className="assets-num-cell">
              {t('assets.reach.people')}
            </th>
            <th scope="col" className="assets-num-cell">
              {t('assets.reach.organisations')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.sector}>
              <th scope="row">
                {s.label}
                {bridged.includes(s.sector) && <span className="assets-bridged"> ({t('assets.reach.bridged')})</span>}
              </th>
              <td className="assets-num-cell">
                <button
                  type="button"
                  className="assets-figure"
                  onClick={() => onDrill(s.sector)}
                  aria-label={t('assets.reach.showSector', { count: s.people, sector: s.label })}
                >
                  <span className="assets-number">{n(s.people)}</span>
                </button>
              </td>
              <td className="assets-number assets-num-cell">{n(s.organisations)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
