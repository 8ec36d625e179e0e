/**
 * A team's figures in words, on the same scale as the map's introductions panel
 * (introductions/strength.ts, the one scale): both are path costs, −ln(score), so e^(−cost) reads
 * like an introduction score. The exact figures stay available to the caller for tooltips.
 */
import { strengthWord, type StrengthWord } from '../../introductions/strength.ts';
import type { Team } from './team-text.ts';

export interface Worded {
  /** A score in [0, 1] comparable with an introduction score. */
  score: number;
  word: StrengthWord;
}

const worded = (score: number): Worded => ({ score, word: strengthWord(score) });

/** The typical introduction of the team: the geometric mean of its experts' scores, e^(−I/n). */
export function introductionsInWords(team: Pick<Team, 'introductionCost' | 'experts'>): Worded | null {
  const n = team.experts.length;
  return n === 0 ? null : worded(Math.exp(-team.introductionCost / n));
}

/**
 * How well the experts already know each other. Cohesion is a sum of distances over pairs of
 * covered skills held by different experts; the mean distance per pair, as e^(−d), reads like an
 * introduction between two experts. Null when fewer than two experts (nothing to coordinate).
 */
export function cohesionInWords(team: Pick<Team, 'cohesion' | 'experts'>): Worded | null {
  if (team.experts.length < 2) return null;
  const counts = team.experts.map((e) => e.covers.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const pairs = counts.reduce((sum, c) => sum + c * (total - c), 0) / 2;
  return worded(Math.exp(-team.cohesion / Math.max(1, pairs)));
}
