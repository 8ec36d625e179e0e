/**
 * The one scale of strength (docs/introductions.md "Words for scores"): every page and export
 * that puts a word on a warm path — introductions, suggestions, the team composer, STO matching,
 * proposals — reads it from here, so the same score always gets the same word.
 *
 * A path's score is Π hop strengths × e^(−0.5·hops), an absolute figure (never "% of the best"):
 * a strong direct tie (0.9) scores ≈ 0.55, two good hops (0.8 each) ≈ 0.24, three fair ones (0.7)
 * ≈ 0.08. The words are ranges of that figure. Recency is in the score already; when a hop's
 * newest evidence is older than STALE_YEARS the page also says when the two last met, so an old
 * tie is never called strong without its date.
 */
import type { IntroHop, IntroPath, Translate } from './intro-text.ts';

export type StrengthWord = 'strong' | 'good' | 'fair' | 'weak';

/** Lower bound of each word, strongest first. */
export const STRENGTH_SCALE: readonly { word: StrengthWord; from: number }[] = [
  { word: 'strong', from: 0.4 },
  { word: 'good', from: 0.2 },
  { word: 'fair', from: 0.08 },
  { word: 'weak', from: 0 },
];

export function strengthWord(score: number): StrengthWord {
  return (STRENGTH_SCALE.find((band) => score >= band.from) ?? STRENGTH_SCALE[STRENGTH_SCALE.length - 1]!).word;
}

/** The word in the reader's language: the only place that turns a score into a word. */
export function strengthLabel(score: number, t: Translate): string {
  return t(`intro.strength.${strengthWord(score)}`);
}

/** How full a meter is for a score: one step per word (¼ weak … 1 strong), never "% of the best". */
export function strengthMeter(score: number): number {
  const at = STRENGTH_SCALE.findIndex((band) => score >= band.from);
  return (STRENGTH_SCALE.length - (at < 0 ? STRENGTH_SCALE.length - 1 : at)) / STRENGTH_SCALE.length;
}

/** Evidence older than this many years is said with its date. */
export const STALE_YEARS = 3;

/**
 * The newest day a hop's evidence speaks for: a current organisation or an ongoing project is
 * today; otherwise the latest last contact or project end. Null when nothing on the hop is dated.
 */
export function hopNewest(hop: Pick<IntroHop, 'evidence'>, today: string): string | null {
  let newest: string | null = null;
  for (const e of hop.evidence) {
    const day =
      e.kind === 'ORGANISATION'
        ? today
        : e.kind === 'PROJECT'
          ? e.projectEnd && e.projectEnd < today
            ? e.projectEnd
            : today
          : (e.lastContact ?? null);
    if (day !== null && (newest === null || day > newest)) newest = day;
  }
  return newest;
}

const yearsBefore = (day: string, years: number) => `${Number(day.slice(0, 4)) - years}${day.slice(4)}`;

/** The year of the stalest hop when its newest evidence is older than STALE_YEARS, else null. */
export function staleYear(path: Pick<IntroPath, 'hops'>, today: string): number | null {
  const limit = yearsBefore(today, STALE_YEARS);
  let oldest: string | null = null;
  for (const hop of path.hops) {
    const newest = hopNewest(hop, today);
    if (newest !== null && newest < limit && (oldest === null || newest < oldest)) oldest = newest;
  }
  return oldest === null ? null : Number(oldest.slice(0, 4));
}

/** "0.90 × 0.62 × e^(−0.5×2) = 0.34": the score's calculation, from the hops the answer gives. */
export function scoreCalculation(path: Pick<IntroPath, 'hops' | 'hopFactor' | 'score'>): string {
  const alpha = Math.round(-Math.log(path.hopFactor) * 100) / 100;
  const factors = [...path.hops.map((h) => h.strength.toFixed(2)), `e^(−${alpha}×${path.hops.length})`];
  return `${factors.join(' × ')} = ${path.score.toFixed(2)}`;
}

/** A one-hop path backed by a declared tie: the two already know each other (their list says so). */
export function knownDirectly(path: Pick<IntroPath, 'hops'>): boolean {
  return path.hops.length === 1 && path.hops[0]!.evidence.some((e) => e.kind === 'DECLARED');
}
