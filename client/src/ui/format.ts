/**
 * Dates and numbers in the reader's language through Intl (2024年4月1日 / 1 Apr 2024).
 * API dates are plain calendar dates (YYYY-MM-DD): they are read and written in UTC so that no
 * time zone can move them by a day.
 */
import { localeOf, type Language } from '../i18n/languages.ts';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export type DateStyle = 'day' | 'month' | 'year';

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'short', day: 'numeric' },
  month: { year: 'numeric', month: 'short' },
  year: { year: 'numeric' },
};

function dateFormat(language: Language, style: DateStyle): Intl.DateTimeFormat {
  const key = `d:${language}:${style}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    const options = DATE_OPTIONS[style];
    format = new Intl.DateTimeFormat(localeOf(language), { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

function parseDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3] ?? '1')));
}

/** A calendar date (2024年4月1日, 2024年4月, 2024年); unparseable input is shown as it came. */
export function formatDate(value: string | null | undefined, language: Language, style: DateStyle = 'day'): string {
  if (!value) return '';
  const date = parseDate(value);
  return date ? dateFormat(language, style).format(date) : value;
}

/** A moment (an ISO date-time) in the reader's own time zone: 2026年12月5日 21:50 / 5 Dec 2026, 21:50. */
export function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const key = `dt:${language}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(localeOf(language), { dateStyle: 'medium', timeStyle: 'short' });
    cache.set(key, format);
  }
  return format.format(date);
}

export function formatNumber(value: number, language: Language): string {
  const key = `n:${language}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language));
    cache.set(key, format);
  }
  return format.format(value);
}

/** A share in [0, 1] as a whole percentage: 0.162 → "16%". */
export function formatPercent(value: number, language: Language): string {
  const key = `p:${language}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 0 });
    cache.set(key, format);
  }
  return format.format(value);
}

/** "2024年4月 – 2025年3月", "Apr 2024 – ongoing". */
export function formatPeriod(
  start: string | null | undefined,
  end: string | null | undefined,
  language: Language,
  ongoing: string,
): string {
  if (!start && !end) return '';
  const from = formatDate(start, language, 'month');
  const to = end ? formatDate(end, language, 'month') : ongoing;
  return from ? `${from} – ${to}` : to;
}
