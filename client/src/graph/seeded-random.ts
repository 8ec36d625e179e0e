/**
 * Seeded randomness for layouts. fcose (and the cose-base it builds on) draws its starting
 * positions and tie-breaks from `Math.random`, with no seed option, so every visit drew a new
 * picture. `withSeededRandom` swaps in a seeded generator for the duration of one synchronous
 * call (fcose computes the whole layout inside `layout.run()`; only the animation comes later)
 * and always puts the real one back, so nothing else in the page sees it.
 */

/** FNV-1a, 32 bits: a short string → a well-spread seed. Not for anything secret. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, fast generator of numbers in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
