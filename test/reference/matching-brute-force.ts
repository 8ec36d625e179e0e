/**
 * Test reference: tries every way of giving each organisation one STO or none and keeps the best
 * by the same integer value as assign.ts. The rules are checked here directly, not through the
 * engine's helpers: a locked organisation gets exactly its locked STOs (one or more), a forbidden pair is never
 * used, any other pair needs coverage > 0, and a new pair fits only while the STO stays within its
 * capacity in organisations and, when its hours are recorded, within its hours (each organisation
 * takes `hoursPerOrganisation`). Locked pairs count towards both (they may exceed them, and then
 * the STO takes nothing more). Exponential; never used by the app.
 */
import { pairValue, type MatchingInput } from '../../server/features/matching/engine/assign.ts';

export function bruteBestValue(input: MatchingInput): number {
  const S = input.capacities.length;
  const O = input.organisations;
  const lockedTo = new Map<number, number[]>();
  for (const [s, o] of input.locked ?? []) lockedTo.set(o, [...(lockedTo.get(o) ?? []), s]);
  const forbidden = new Set((input.forbidden ?? []).map(([s, o]) => `${s}:${o}`));
  const per = input.hoursPerOrganisation ?? 0;
  const count = new Array<number>(S).fill(0);
  for (const list of lockedTo.values()) for (const s of list) count[s]++;
  const fits = (s: number) => {
    if (count[s] + 1 > input.capacities[s]) return false;
    const hours = input.hours?.[s] ?? null;
    return hours === null || per <= 0 || (count[s] + 1) * per <= hours;
  };
  const go = (o: number): number => {
    if (o === O) return 0;
    const locked = lockedTo.get(o);
    if (locked !== undefined) return locked.reduce((sum, s) => sum + pairValue(input, s, o), 0) + go(o + 1);
    let best = go(o + 1); // nobody for o
    for (let s = 0; s < S; s++) {
      if (!fits(s) || input.coverage[s][o] <= 0 || forbidden.has(`${s}:${o}`)) continue;
      count[s]++;
      best = Math.max(best, pairValue(input, s, o) + go(o + 1));
      count[s]--;
    }
    return best;
  };
  return go(0);
}
