/**
 * People reachable within 1, 2 and 3 hops at past dates, drawn by recharts (decision 0027). The
 * table beside it (TrendSection) holds the same figures and is what screen readers get; the chart
 * is one image to them. recharts sets sizes through element.style, never a style attribute or
 * sheet, so the page's Content-Security-Policy needs no exception for it.
 */
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '../../i18n/languages.ts';
import { formatDate, formatNumber } from '../../ui/format.ts';

export interface TrendPoint {
  date: string;
  /** People reachable within 1, 2 and 3 hops. */
  people: readonly number[];
}

/** Okabe–Ito hues and three dash patterns, so the lines never depend on colour alone. */
const SERIES = [
  { colour: '#0072b2', dash: undefined },
  { colour: '#e69f00', dash: '7 4' },
  { colour: '#009e73', dash: '2 3' },
] as const;

export function TrendChart({ points, language }: { points: readonly TrendPoint[]; language: Language }) {
  const { t } = useTranslation();
  const rows = points.map((p) => ({ date: p.date, h1: p.people[0], h2: p.people[1], h3: p.people[2] }));
  const number = (value: unknown) => formatNumber(Number(value), language);
  return (
    <div className="assets-trend" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart
          data={rows}
          margin={{ top: 10, right: 24, bottom: 0, left: 0 }}
          role="img"
          aria-label={t('assets.trend.chartLabel')}
        >
          <CartesianGrid className="assets-grid-line" vertical={false} />
          <XAxis
            dataKey="date"
            tickFormatter={(d: string) => formatDate(d, language, 'year')}
            className="assets-tick"
          />
          <YAxis allowDecimals={false} tickFormatter={number} width={44} className="assets-tick" />
          <Tooltip labelFormatter={(d) => formatDate(String(d), language)} formatter={number} />
          <Legend />
          {SERIES.map((s, h) => (
            <Line
              key={h}
              dataKey={`h${h + 1}`}
              name={t('assets.hopsLabel', { count: h + 1 })}
              stroke={s.colour}
              strokeWidth={2.5}
              strokeDasharray={s.dash}
              dot={{ r: h === 0 ? 3.5 : 3, fill: s.colour, strokeDasharray: '' }}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
