/**
 * Seeded randomness for layouts. fcose (and the cose-base it builds on) draws its starting
 * positions and tie-breaks from `Math.random`, with no seed option, so every visit drew a new
 * picture. `withSeededRandom` swaps in a seeded generator for the duration of one synchronous
 * call (fcose computes the whole layout inside `layout.run()`; only the animation comes later)
 * and always puts the real one back, so nothing else in the page sees it.
 */
import { hashString, mulberry32 } from '../../../server/shared/seeded.ts';

export { hashString, mulberry32 };

/** Runs `work` with `Math.random` drawing from a generator seeded by `seed`, then restores it. */
export function withSeededRandom<T>(seed: string, work: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(hashString(seed));
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
