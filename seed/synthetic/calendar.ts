/**
 * Dates as whole UTC day numbers, turned into YYYY-MM-DD strings through one shared cache: a
 * million ties then share a few thousand date strings instead of allocating a million, and no
 * date depends on the machine's clock or time zone.
 */
import { fromDay, toDay } from '../demo/dates.ts';

/** The synthetic network's "now", the same as the demo's: nothing is dated after it. */
export const LATEST = '2026-10-31';
export const LATEST_DAY = toDay(LATEST);
/** Declared ties start in 2015 for the synthetic network (the brief's window). */
export const EARLIEST_CONTACT_DAY = toDay('2015-01-01');

const FIRST_CACHED = toDay('1990-01-01');
const LAST_CACHED = toDay('2035-12-31');
const cache: (string | undefined)[] = new Array<string | undefined>(LAST_CACHED - FIRST_CACHED + 1);

export const dayOf = (iso: string): number => toDay(iso);

/** The calendar date of a day number, shared across calls for days inside the cached window. */
export function dateOf(day: number): string {
  if (day < FIRST_CACHED || day > LAST_CACHED) return fromDay(day);
  const slot = day - FIRST_CACHED;
  return (cache[slot] ??= fromDay(day));
}
