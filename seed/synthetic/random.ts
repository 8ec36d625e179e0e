/**
 * Seeded randomness for the synthetic generator. Benchmarks compare runs, so the same options must
 * give the same network on every machine: nothing here reads Math.random or the clock. sfc32 is
 * fast, passes PractRand and has a 128-bit state, which matters when a million people each draw a
 * few dozen numbers; the demo's mulberry32 would do, but its 32-bit state repeats sooner.
 */
import { hashLabel } from '../demo/random.ts';

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index into `cumulative` (running totals of weights) chosen in proportion to the weights. */
  weightedIndex(cumulative: ArrayLike<number>): number;
  /**
   * A Pareto draw ≥ 1 with tail exponent `alpha`, capped at `cap`: the building block of every
   * heavy-tailed quantity here (organisation sizes, tie counts).
   */
  pareto(alpha: number, cap: number): number;
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** splitmix32 spreads a small seed over the 128-bit state, so seeds 1 and 2 start far apart. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Binary search: the first index whose running total exceeds `target`. */
export function searchCumulative(
  cumulative: ArrayLike<number>,
  target: number,
  from = 0,
  to = cumulative.length,
): number {
  let lo = from;
  let hi = to - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * One independent stream per (seed, label): changing how ties are drawn must not reshuffle who
 * works where, so each builder asks for its own stream instead of sharing one.
 */
export function createRandom(seed: number, label: string): Random {
  // Seeds may exceed 32 bits; fold the high part in rather than silently dropping it.
  const high = Math.floor(seed / 4294967296) >>> 0;
  const mix = splitmix32((seed >>> 0) ^ Math.imul(high, 0x27d4eb2d) ^ hashLabel(label));
  const next = sfc32(mix(), mix(), mix(), mix());
  for (let i = 0; i < 12; i++) next(); // warm-up, as sfc32's authors recommend
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weightedIndex: (cumulative) => {
      const total = cumulative[cumulative.length - 1] as number;
      return searchCumulative(cumulative, next() * total);
    },
    pareto: (alpha, cap) => Math.min(cap, Math.pow(1 - next(), -1 / alpha)),
  };
}

/** Running totals of `weights`, for `weightedIndex`. */
export function cumulativeOf(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) out[i] = sum += weights[i] as number;
  return out;
}
