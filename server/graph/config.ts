/**
 * Every tunable number of the introductions engine, in one place, with the defaults that
 * docs/introductions.md documents. Evidence strengths are baked into the compiled graph, so a
 * graph remembers the config it was built with and searches read it from there: a query can never
 * mix the costs of one config with the limits of another.
 */

export interface IntroductionConfig {
  /** Per-hop penalty α in the hop cost −ln s + α. Must be > 0: see RULES below. */
  alpha: number;
  /** Half-life H of the recency factor, in years. */
  halfLifeYears: number;
  /** Floor ρ of the recency factor: an old tie is weaker, never worthless. */
  recencyFloor: number;
  /** Length of a year when turning day counts into ages (Julian year, so leap days average out). */
  daysPerYear: number;
  betaProject: number;
  betaOrg: number;
  /** Organisations with more current members than this give no evidence (a big employer ≠ a tie). */
  orgCap: number;
  /** Projects up to this size give full project evidence; bigger ones √-dilute it. */
  projectSizeConstant: number;
  /** Organisations up to this size give full organisation evidence; bigger ones √-dilute it. */
  orgSizeConstant: number;
  /** Largest k a caller may ask for. */
  maxK: number;
  /** Largest maxHops a caller may ask for: every hop widens the search, and 6 spans a nation. */
  maxHops: number;
  /** M: a candidate target's score T is the noisy-OR over its M best first intermediaries. */
  scoreRoutes: number;
  /** How many of those routes a skill or organisation answer shows per target. */
  shownRoutes: number;
}

export const DEFAULT_CONFIG: Readonly<IntroductionConfig> = Object.freeze({
  alpha: 0.5,
  halfLifeYears: 2,
  recencyFloor: 0.3,
  daysPerYear: 365.25,
  betaProject: 0.6,
  betaOrg: 0.4,
  orgCap: 100,
  projectSizeConstant: 8,
  orgSizeConstant: 10,
  maxK: 20,
  maxHops: 6,
  scoreRoutes: 8,
  shownRoutes: 3,
});

const positive = (x: number) => Number.isFinite(x) && x > 0;
const fraction = (x: number) => positive(x) && x <= 1;
const wholeAtLeast = (min: number) => (x: number) => Number.isInteger(x) && x >= min;

/**
 * Why each bound matters:
 * - α > 0 makes every hop cost strictly positive, so a best walk never repeats a person (cutting
 *   the loop out is strictly cheaper). The search's simple-path guarantee rests on this.
 * - β and ρ in (0, 1] keep every evidence strength in (0, 1], so hop costs are finite and ≥ α.
 * - maxHops ≤ 250 because hop counts are stored in bytes.
 */
const RULES: { [K in keyof IntroductionConfig]: (x: number) => boolean } = {
  alpha: positive,
  halfLifeYears: positive,
  recencyFloor: fraction,
  daysPerYear: positive,
  betaProject: fraction,
  betaOrg: fraction,
  orgCap: wholeAtLeast(2),
  projectSizeConstant: positive,
  orgSizeConstant: positive,
  maxK: wholeAtLeast(1),
  maxHops: (x) => wholeAtLeast(1)(x) && x <= 250,
  scoreRoutes: wholeAtLeast(1),
  shownRoutes: wholeAtLeast(1),
};

/** The defaults with `overrides` applied; throws naming the first setting out of range. */
export function makeConfig(overrides: Partial<IntroductionConfig> = {}): IntroductionConfig {
  const config: IntroductionConfig = { ...DEFAULT_CONFIG, ...overrides };
  for (const key of Object.keys(RULES) as (keyof IntroductionConfig)[]) {
    if (!RULES[key](config[key])) throw new RangeError(`introductions config: ${key} is out of range (${config[key]})`);
  }
  if (config.shownRoutes > config.scoreRoutes) {
    throw new RangeError('introductions config: shownRoutes must not exceed scoreRoutes');
  }
  return config;
}
