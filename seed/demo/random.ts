/**
 * A tiny seeded PRNG (mulberry32) plus the helpers the demo builders need. The demo must be the same
 * on every run (tests and screenshots rely on it), so nothing here reads Math.random or the clock.
 */
import { hashString, mulberry32 } from '../../server/shared/seeded.ts';

export interface Random {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks using integer weights, e.g. to favour mid-range tie strengths. */
  weighted<T>(items: readonly (readonly [T, number])[]): T;
  /** A shuffled copy; the input is left alone so callers can share constant lists. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items (or all of them, if there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a, so each builder can derive its own stream from a readable label. */
export const hashLabel = hashString;

/**
 * One independent stream per label: editing how ties are generated must not reshuffle the people,
 * so every builder asks for its own stream instead of sharing one.
 */
export function createRandom(label: string): Random {
  const next = mulberry32(hashLabel(`tsunagari-demo:${label}`));
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (items) => {
      const total = items.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [item, weight] of items) {
        roll -= weight;
        if (roll < 0) return item;
      }
      return pick(items)[0];
    },
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, count),
  };
}
