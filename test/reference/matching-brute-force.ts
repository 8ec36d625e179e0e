/**
 * Test reference: tries every way of giving each organisation one STO or none, within capacities,
 * and keeps the best by the same integer value as assign.ts. Exponential; never used by the app.
 */
import { pairValue, type MatchingInput } from '../../server/features/matching/engine/assign.ts';

export function bruteBestValue(input: MatchingInput): number {
  const S = input.capacities.length;
  const load = new Array<number>(S).fill(0);
  const go = (o: number): number => {
    if (o === input.organisations) return 0;
    let best = go(o + 1); // nobody for o
    for (let s = 0; s < S; s++) {
      if (load[s] >= input.capacities[s] || input.coverage[s][o] <= 0) continue;
      load[s]++;
      best = Math.max(best, pairValue(input, s, o) + go(o + 1));
      load[s]--;
    }
    return best;
  };
  return go(0);
}
