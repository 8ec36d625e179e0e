/**
 * How far a mistyped value is from the one that was meant, for "did you mean …?" suggestions.
 * Distances count code points (a kanji is one step, not two UTF-16 units) and a swap of two
 * neighbours is one step (gmial → gmail), as people mistype.
 */

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  // Three rows suffice: the swap looks two rows back.
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * What `input` most likely meant: the targets of the nearest keys within `max` steps. Several keys
 * may name one target (宮城県 and 宮城); more than one target means the nearest is a tie.
 */
export function nearest<T>(input: string, keys: Iterable<readonly [key: string, target: T]>, max: number): T[] {
  let best = max + 1;
  let found = new Set<T>();
  for (const [key, target] of keys) {
    const d = editDistance(input, key);
    if (d > max) continue;
    if (d < best) [best, found] = [d, new Set([target])];
    else if (d === best) found.add(target);
  }
  return [...found];
}
