/**
 * A saved plan beside what the same question gives today: which experts stay, which are new and
 * which are gone, and the two figures on the one scale. Plain functions, tested without a browser.
 */
import { strengthWord, type StrengthWord } from '../../introductions/strength.ts';

export interface PlanSide {
  introductionCost: number;
  experts: { person: { id: string } }[];
}

export interface PlanComparison {
  kept: string[];
  added: string[];
  gone: string[];
  /** The typical introduction (e^(−I/n)) in words, saved and today; null with no experts. */
  saved: StrengthWord | null;
  today: StrengthWord | null;
}

const typical = (side: PlanSide): StrengthWord | null =>
  side.experts.length === 0 ? null : strengthWord(Math.exp(-side.introductionCost / side.experts.length));

export function comparePlan(saved: PlanSide, today: PlanSide): PlanComparison {
  const before = saved.experts.map((e) => e.person.id);
  const now = today.experts.map((e) => e.person.id);
  return {
    kept: before.filter((id) => now.includes(id)),
    added: now.filter((id) => !before.includes(id)),
    gone: before.filter((id) => !now.includes(id)),
    saved: typical(saved),
    today: typical(today),
  };
}

/** Everyone a plan proposes for a project (core people who cover a skill, then experts), once each. */
export function proposedMembers<P extends { id: string }>(plan: {
  coreCoverage: { person: P }[];
  experts: { person: P }[];
}): P[] {
  const seen = new Map<string, P>();
  for (const m of [...plan.coreCoverage, ...plan.experts]) if (!seen.has(m.person.id)) seen.set(m.person.id, m.person);
  return [...seen.values()];
}
