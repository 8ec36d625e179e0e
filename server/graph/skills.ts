/**
 * "A skill, its narrower skills and each person's best holding", written once for introductions,
 * the team composer and STO matching: a person qualifies for a skill by holding it or any
 * narrower skill (BROADER at any depth) at the minimum level; their best holding is the highest
 * level, then the lowest skill id.
 */
import type { Network } from './network.ts';

export interface Holding {
  personId: string;
  /** The skill they hold: the asked one or a narrower one. */
  heldSkillId: string;
  level: number;
}

/** Person id → best qualifying holding, for visible people only (hidden people are never proposed). */
export function qualifyingHolders(net: Network, skillId: string, minLevel: number): Map<string, Holding> {
  const best = new Map<string, Holding>();
  const skill = net.skillIndex.get(skillId);
  if (skill === undefined) return best;
  // Skill indices follow id order, so ascending indices visit the lowest id first.
  for (const s of [...net.skillFamily[skill]!].sort((a, b) => a - b)) {
    for (const [p, level] of net.holdings[s]!) {
      if (level < minLevel || net.visible[p] !== 1) continue;
      const personId = net.personIds[p]!;
      const current = best.get(personId);
      if (!current || level > current.level) best.set(personId, { personId, heldSkillId: net.skillIds[s]!, level });
    }
  }
  return best;
}
