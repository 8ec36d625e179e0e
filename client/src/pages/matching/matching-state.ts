/**
 * The matching page's question as URL state (`/matching?cand=1&level=3&hours=4&change=1&lock=p003.o01`):
 * what is asked, and the user's rules (pairs locked together or kept apart). Plain functions, so
 * they are tested without a browser.
 */
export interface StoPair {
  stoId: string;
  organisationId: string;
}

export interface MatchingState {
  candidates: boolean;
  minLevel: number;
  hoursPerOrganisation: number;
  /** False: current assignments may change (the proposal says what would move and why). */
  keepCurrent: boolean;
  locked: StoPair[];
  forbidden: StoPair[];
}

export const DEFAULT_STATE: MatchingState = {
  candidates: true,
  minLevel: 3,
  hoursPerOrganisation: 4,
  keepCurrent: true,
  locked: [],
  forbidden: [],
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** "p003.o01,p004.o02" → pairs; anything malformed is left out, never guessed. */
function readPairs(value: string | null): StoPair[] {
  if (!value) return [];
  return value.split(',').flatMap((part) => {
    const [stoId, organisationId, extra] = part.split('.');
    return extra === undefined && stoId && organisationId && ID.test(stoId) && ID.test(organisationId)
      ? [{ stoId, organisationId }]
      : [];
  });
}

const writePairs = (pairs: StoPair[]) => pairs.map((p) => `${p.stoId}.${p.organisationId}`).join(',');

export function readState(search: string): MatchingState {
  const p = new URLSearchParams(search);
  const level = Number(p.get('level') ?? DEFAULT_STATE.minLevel);
  const hours = Number(p.get('hours') ?? DEFAULT_STATE.hoursPerOrganisation);
  return {
    candidates: p.get('cand') !== '0',
    minLevel: [1, 2, 3, 4, 5].includes(level) ? level : DEFAULT_STATE.minLevel,
    hoursPerOrganisation:
      Number.isInteger(hours) && hours >= 1 && hours <= 160 ? hours : DEFAULT_STATE.hoursPerOrganisation,
    keepCurrent: p.get('change') !== '1',
    locked: readPairs(p.get('lock')),
    forbidden: readPairs(p.get('forbid')),
  };
}

/** The state into `search` (other parameters kept). */
export function writeState(state: MatchingState, search: string): string {
  const p = new URLSearchParams(search);
  p.set('cand', state.candidates ? '1' : '0');
  p.set('level', String(state.minLevel));
  p.set('hours', String(state.hoursPerOrganisation));
  if (state.keepCurrent) p.delete('change');
  else p.set('change', '1');
  for (const [name, pairs] of [
    ['lock', state.locked],
    ['forbid', state.forbidden],
  ] as const) {
    if (pairs.length > 0) p.set(name, writePairs(pairs));
    else p.delete(name);
  }
  return p.toString();
}

const same = (a: StoPair, b: StoPair) => a.stoId === b.stoId && a.organisationId === b.organisationId;

export type Rule = 'lock' | 'forbid' | 'none';

export function ruleOf(state: MatchingState, pair: StoPair): Rule {
  if (state.locked.some((p) => same(p, pair))) return 'lock';
  if (state.forbidden.some((p) => same(p, pair))) return 'forbid';
  return 'none';
}

/**
 * Sets the rule for one pair. Locking a pair replaces any other lock on the same organisation
 * (one STO per organisation) and lifts a ban on the pair; forbidding lifts its lock.
 */
export function withRule(state: MatchingState, pair: StoPair, rule: Rule): MatchingState {
  const locked = state.locked.filter(
    (p) => !same(p, pair) && !(rule === 'lock' && p.organisationId === pair.organisationId),
  );
  const forbidden = state.forbidden.filter((p) => !same(p, pair));
  if (rule === 'lock') locked.push(pair);
  if (rule === 'forbid') forbidden.push(pair);
  return { ...state, locked, forbidden };
}
