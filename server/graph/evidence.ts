/**
 * The engine's input, as the database layer will fill it, and the evidence formulas of
 * docs/introductions.md. The formulas live here once: the projection bakes them into edge costs and
 * the explanation recomputes them for display, so the two can never disagree. (The brute-force
 * reference in brute-force.ts deliberately re-derives them on its own.)
 */
import type { IntroductionConfig } from './config.ts';

export type TieVisibility = 'public' | 'organisation' | 'private';

export interface PeopleGraphInput {
  /** The day ages are measured from, YYYY-MM-DD. Passed in, never read from the clock. */
  today: string;
  people: { id: string; discoverable: boolean }[];
  /** Declared KNOWS ties; a and b are person ids, strength 1–5. */
  knows: {
    a: string;
    b: string;
    strength: number;
    lastContact?: string;
    visibility: TieVisibility;
    /** What the two people said the tie is about (shown in explanations). */
    context?: string;
  }[];
  /** `end` absent means ongoing. */
  projects: { id: string; end?: string; participants: string[] }[];
  /** Current members only: the database layer applies `until` (see from-dataset.ts). */
  organisations: { id: string; currentMembers: string[] }[];
}

const MS_PER_DAY = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole UTC days since 1970 for a YYYY-MM-DD date; throws on anything else (a data bug). */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  const day = m === null ? NaN : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
  if (!Number.isInteger(day) || new Date(day * MS_PER_DAY).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`introductions: "${date}" is not a YYYY-MM-DD calendar date`);
  }
  return day;
}

export const dateOfDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/**
 * r(age) = ρ + (1 − ρ)·2^(−age/H), age in years, never negative (a future date is "now"). A missing
 * date (`undefined`) counts as 2H old: unknown recency should not beat a known old contact by much.
 */
export function recency(config: IntroductionConfig, todayDay: number, day: number | undefined): number {
  const { recencyFloor: rho, halfLifeYears: h } = config;
  const age = day === undefined ? 2 * h : Math.max(0, todayDay - day) / config.daysPerYear;
  return rho + (1 - rho) * Math.pow(2, -age / h);
}

/** strength/5 × r(age of lastContact). */
export function declaredStrength(
  config: IntroductionConfig,
  todayDay: number,
  strength: number,
  contactDay: number | undefined,
): number {
  return (strength / 5) * recency(config, todayDay, contactDay);
}

/** β_project × r(age of the end; age 0 while ongoing) × min(1, √(8/n)). */
export function projectStrength(
  config: IntroductionConfig,
  todayDay: number,
  endDay: number | undefined,
  size: number,
): number {
  const r = endDay === undefined ? 1 : recency(config, todayDay, endDay);
  return config.betaProject * r * Math.min(1, Math.sqrt(config.projectSizeConstant / size));
}

/** β_org × min(1, √(10/n)); 0 (no evidence) above orgCap current members. */
export function organisationStrength(config: IntroductionConfig, size: number): number {
  if (size > config.orgCap) return 0;
  return config.betaOrg * Math.min(1, Math.sqrt(config.orgSizeConstant / size));
}

/** Noisy-OR: the pair is connected unless every piece of evidence independently fails. */
export function noisyOr(strengths: Iterable<number>): number {
  let miss = 1;
  for (const s of strengths) miss *= 1 - s;
  return 1 - miss;
}

/** Throws unless a declared strength is a number from 1 to 5 (the scale the product uses). */
export function checkStrength(strength: number, a: string, b: string): void {
  if (!(Number.isFinite(strength) && strength >= 1 && strength <= 5)) {
    throw new RangeError(`introductions: tie ${a}–${b} has strength ${strength}, expected 1–5`);
  }
}
