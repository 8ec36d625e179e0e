/** The matching page's URL state and rules: round trip, bad values ignored, one lock per organisation. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  readState,
  ruleOf,
  withRule,
  writeState,
} from '../../client/src/pages/matching/matching-state.ts';

describe('matching page state', () => {
  it('round-trips through the URL', () => {
    const state = {
      candidates: false,
      minLevel: 4,
      hoursPerOrganisation: 6,
      keepCurrent: false,
      locked: [{ stoId: 'p003', organisationId: 'o01' }],
      forbidden: [
        { stoId: 'p004', organisationId: 'o02' },
        { stoId: 'p099', organisationId: 'o13' },
      ],
    };
    const search = writeState(state, 'other=x');
    expect(search).toContain('other=x');
    expect(readState(search)).toEqual(state);
    expect(readState(writeState(DEFAULT_STATE, ''))).toEqual(DEFAULT_STATE);
  });

  it('ignores values it cannot read instead of guessing', () => {
    const s = readState('level=9&hours=0&lock=p003.o01.x,.o02,p$.o3,p004.o05&forbid=');
    expect(s.minLevel).toBe(3);
    expect(s.hoursPerOrganisation).toBe(4);
    expect(s.locked).toEqual([{ stoId: 'p004', organisationId: 'o05' }]);
    expect(s.forbidden).toEqual([]);
    expect(readState('hours=2.5').hoursPerOrganisation).toBe(4);
  });

  it('keeps one lock per organisation, and a pair is either locked or forbidden', () => {
    const a = { stoId: 'p003', organisationId: 'o01' };
    const b = { stoId: 'p004', organisationId: 'o01' };
    let s = withRule(DEFAULT_STATE, a, 'lock');
    expect(ruleOf(s, a)).toBe('lock');
    s = withRule(s, b, 'lock');
    expect(s.locked).toEqual([b]);
    expect(ruleOf(s, a)).toBe('none');
    s = withRule(s, b, 'forbid');
    expect(s.locked).toEqual([]);
    expect(ruleOf(s, b)).toBe('forbid');
    s = withRule(s, b, 'none');
    expect(s).toEqual(DEFAULT_STATE);
  });
});
