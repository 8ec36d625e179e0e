/**
 * Calendar-date helpers working on whole UTC days, so generated dates are always real
 * YYYY-MM-DD calendar dates and never depend on the machine's time zone or clock.
 */
import type { Random } from './random.ts';

const MS_PER_DAY = 86_400_000;

/** The demo's "now": nothing (contacts, memberships) is dated after this day. */
export const DEMO_LATEST_DATE = '2026-10-31';
/** Declared ties only started being recorded in 2018, so last contacts start there. */
export const DEMO_EARLIEST_CONTACT = '2018-01-01';

export function toDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A uniformly random day in [from, to]; if the range is inverted, `from` wins. */
export function randomDate(random: Random, from: string, to: string): string {
  const start = toDay(from);
  const end = toDay(to);
  return end <= start ? from : fromDay(random.int(start, end));
}

/** True when the string is a real calendar date in YYYY-MM-DD form (rejects 2023-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromDay(toDay(value)) === value;
}
