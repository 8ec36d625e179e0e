/**
 * The introduction request's state machine, exhaustively on paths of 2–4 hops: for every stored
 * state, whose turn it is, every person on the path and every decision — who may decide, what a
 * replay answers, and what each person sees (contacts only for asker and target once accepted;
 * nothing for someone it has not reached; the asker never sees a reason or who declined).
 */
import { describe, expect, it } from 'vitest';
import {
  decisionCheck,
  outcomeCheck,
  viewFor,
  type Decision,
  type StoredRequest,
  type StoredState,
} from '../../server/features/requests/states.ts';

const DECISIONS: Decision[] = ['accept', 'decline', 'suggest'];

/** A request along p0…pN that went `reached` steps, ended in `state`, with the decisions so far. */
function stored(hops: number, position: number, state: StoredState, last: Decision | null): StoredRequest {
  const steps = Array.from({ length: hops + 1 }, (_, i) => ({
    position: i,
    personId: `p${i}`,
    decision: (i > 0 && i < position ? 'accept' : i === position ? last : null) as Decision | null,
    reason: i === position && last === 'decline' ? 'secret reason' : null,
    outcome: null,
    note: null,
    metOn: null,
  }));
  return {
    id: 'r',
    state,
    position,
    reached: position,
    message: 'm',
    score: 0.2,
    created: '2026-12-01T00:00:00Z',
    expires: '2026-12-15T00:00:00Z',
    steps,
    suggestion: state === 'suggested' ? 'x' : null,
  };
}

/** Every reachable stored request on a path of `hops` hops. */
function all(hops: number): StoredRequest[] {
  const out: StoredRequest[] = [];
  for (let at = 1; at <= hops; at++) {
    out.push(stored(hops, at, 'open', null), stored(hops, at, 'expired', null));
    out.push(stored(hops, at, 'declined', 'decline'));
    if (at < hops) out.push(stored(hops, at, 'suggested', 'suggest'));
  }
  out.push(stored(hops, hops, 'accepted', 'accept'));
  return out;
}

describe('introduction request states', () => {
  for (const hops of [2, 3, 4]) {
    it(`decisions on a ${hops}-hop path: only the person whose turn it is, once; a replay changes nothing`, () => {
      for (const r of all(hops)) {
        for (let at = 0; at <= hops; at++) {
          for (const decision of DECISIONS) {
            const check = decisionCheck(r, at, decision);
            const mine = r.steps[at]!.decision;
            if (at === 0) expect(check).toMatch(/asker/);
            else if (mine !== null) expect(check).toBe(mine === decision ? 'replay' : `you already chose "${mine}"`);
            else if (r.state !== 'open') expect(check).toMatch(/expired|ended/);
            else if (r.position !== at) expect(check).toBe('this request is not waiting for you');
            else if (decision === 'suggest' && at === hops) expect(check).toMatch(/target/);
            else expect(check).toBeNull();
          }
        }
      }
    });

    it(`views on a ${hops}-hop path: each person sees only their part`, () => {
      for (const r of all(hops)) {
        for (let at = 0; at <= hops; at++) {
          const view = viewFor(r, `p${at}`);
          if (at > r.reached) {
            expect(view).toBeNull();
            continue;
          }
          expect(view).not.toBeNull();
          const v = view!;
          expect(v.role).toBe(at === 0 ? 'ASKER' : at === hops ? 'TARGET' : 'INTRODUCER');
          // Contacts: asker and target, and only once the target accepted.
          const shares = r.state === 'accepted' && (at === 0 || at === hops);
          expect(v.contactWithId).toBe(shares ? (at === 0 ? `p${hops}` : 'p0') : null);
          if (at === 0) {
            expect(v.pathIds).toHaveLength(hops + 1);
            expect(v.myReason).toBeNull();
            expect(JSON.stringify(v)).not.toContain('secret reason');
            // Declined and expired read the same to the asker.
            if (r.state === 'declined' || r.state === 'expired') expect(v.state).toBe('CLOSED');
          } else {
            expect(v.pathIds).toBeNull();
            expect(v.fromId).toBe(`p${at - 1}`);
            expect(v.nextId).toBe(at < hops ? `p${at + 1}` : null);
            expect(v.targetId).toBe(at === hops ? `p${hops}` : null);
            if (r.state === 'open' && r.position === at) expect(v.state).toBe('YOUR_TURN');
          }
        }
        expect(viewFor(r, 'stranger')).toBeNull();
        expect(viewFor(r, null)).toBeNull();
      }
    });

    it(`outcomes on a ${hops}-hop path: the asker and the target, once accepted`, () => {
      for (const r of all(hops))
        for (let at = 0; at <= hops; at++) {
          const allowed = r.state === 'accepted' && (at === 0 || at === hops);
          expect(outcomeCheck(r, at) === null).toBe(allowed);
        }
    });
  }
});
