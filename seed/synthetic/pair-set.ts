/**
 * A set of unordered person pairs, for "at most one tie per pair". An open-addressing hash table
 * over a Float64Array of numeric keys (lo · n + hi + 1; 0 marks an empty slot): a million ties
 * take 16 MB and no per-entry objects, where a Set of strings would take hundreds of megabytes and
 * a Set of numbers several times this. Keys stay exact because n ≤ 10⁶ keeps them below 2⁵³.
 */
export class PairSet {
  private readonly keys: Float64Array;
  private readonly mask: number;
  private count = 0;

  /** `expected` pairs fit at a load factor of at most ½, which keeps probe chains short. */
  constructor(
    private readonly people: number,
    expected: number,
  ) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds the pair {a, b}; false when it was already there. */
  add(a: number, b: number): boolean {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const key = lo * this.people + hi + 1;
    // Murmur3-style finaliser over both ends, so neighbouring ids land far apart.
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 13;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const stored = this.keys[slot] as number;
      if (stored === key) return false;
      if (stored === 0) {
        if ((this.count + 1) * 2 > this.keys.length) throw new Error('PairSet is full: raise the expected size');
        this.keys[slot] = key;
        this.count++;
        return true;
      }
    }
  }
}
