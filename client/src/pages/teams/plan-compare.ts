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

/**
 * For each expert of a plan, the state of the latest introduction request the reader asked to
 * meet them (none: not asked yet). Requests are newest first; an older one never hides a newer.
 */
export function requestStates<S extends string>(
  experts: readonly string[],
  requests: readonly { role: string; state: S; created: string; target?: { id: string } | null }[],
): Map<string, S> {
  const wanted = new Set(experts);
  const latest = new Map<string, { state: S; created: string }>();
  for (const r of requests) {
    const target = r.target?.id;
    if (r.role !== 'ASKER' || target === undefined || !wanted.has(target)) continue;
    const known = latest.get(target);
    if (!known || r.created > known.created) latest.set(target, { state: r.state, created: r.created });
  }
  return new Map([...latest].map(([id, r]) => [id, r.state]));
}
