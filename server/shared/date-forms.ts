/**
 * Dates are YYYY-MM-DD everywhere (the API, bundles). These are the other ways people write a
 * date that can only mean one day, so that a refusal can say which day: 2024/4/1, 2024年4月1日,
 * 令和6年4月1日, R6.4.1, 20240401, 2024-04-01 09:30, 1 Apr 2024, and Excel's serial day numbers.
 * They are suggested, not accepted: a bundle keeps one date form. Day-month orders that differ by
 * country (4/1/2024) are not guessed.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether y-m-d is a real day in 1900–2100 (the range dates are accepted in). */
export function isRealDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoOf = (y: number, m: number, d: number): string | undefined =>
  isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : undefined;

/** Japanese eras since 1912: first day, and the year before the era's first year. */
const ERAS: { names: string[]; from: string; offset: number }[] = [
  { names: ['令和', 'r'], from: '2019-05-01', offset: 2018 },
  { names: ['平成', 'h'], from: '1989-01-08', offset: 1988 },
  { names: ['昭和', 's'], from: '1926-12-25', offset: 1925 },
  { names: ['大正', 't'], from: '1912-07-30', offset: 1911 },
];

function eraDate(era: string, year: string, m: number, d: number): string | undefined {
  const index = ERAS.findIndex((e) => e.names.includes(era.toLowerCase()));
  const n = year === '元' ? 1 : Number(year);
  const iso = index < 0 ? undefined : isoOf(ERAS[index]!.offset + n, m, d);
  // 平成31年5月1日 was never a day: the era had ended the day before.
  const until = index > 0 ? ERAS[index - 1]!.from : '9999-12-31';
  return iso && iso >= ERAS[index]!.from && iso < until ? iso : undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (word: string) => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/**
 * Excel counts days from 1899-12-30 (its day 60 is a 29 February 1900 that never was). Only
 * five-digit numbers (1927–2100) are read as one: a 3 in a date column is no date.
 */
function serialDate(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 10000 || n > 73415) return undefined;
  return new Date(Date.UTC(1899, 11, 30 + n)).toISOString().slice(0, 10);
}

const TIME = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?`;
const YMD = new RegExp(String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${TIME}$`);
const ERA = /^(令和|平成|昭和|大正|[RHSTrhst])\s*(元|\d{1,2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const DAY_MONTH = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/;
const MONTH_DAY = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/;

export type DateSuggestion = { iso: string; serial: boolean };

/** The one day a value that is not YYYY-MM-DD can only mean, if there is one. */
export function dateSuggestion(value: unknown): DateSuggestion | undefined {
  if (typeof value === 'number') {
    const serial = serialDate(value);
    if (serial) return { iso: serial, serial: true };
  }
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const s = String(value).normalize('NFKC').trim();
  let iso: string | undefined;
  let m: RegExpExecArray | null;
  if ((m = YMD.exec(s))) iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = ERA.exec(s))) iso = eraDate(m[1]!, m[2]!, Number(m[3]), Number(m[4]));
  else if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = DAY_MONTH.exec(s))) iso = isoOf(Number(m[3]), monthOf(m[2]!), Number(m[1]));
  else if ((m = MONTH_DAY.exec(s))) iso = isoOf(Number(m[3]), monthOf(m[1]!), Number(m[2]));
  else if (/^\d{5}$/.test(s)) {
    const serial = serialDate(Number(s));
    return serial ? { iso: serial, serial: true } : undefined;
  }
  return iso && iso !== s ? { iso, serial: false } : undefined;
}
