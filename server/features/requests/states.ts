/**
 * An introduction request's life, and what each person on it sees (docs/introductions.md,
 * "Requests"). Pure: the stored request comes in, a viewer's view comes out.
 *
 * Stored states: `open` (waiting for the person at `position`), `accepted` (the target said yes:
 * asker and target see each other's contact), `declined`, `suggested` (someone on the path named
 * another person instead), `expired` (open past its date).
 *
 * Who sees what:
 * - the asker (position 0): the whole path they chose, how far it has gone, and an end state in
 *   which a decline, an expiry and an introducer who is away look the same (`CLOSED`), never a
 *   reason or who said no;
 * - an introducer (0 < i < last), once it reached them: the asker, who passed it on (i − 1), whom
 *   they are asked to introduce them to (i + 1), the message, and their own part only;
 * - the target (last), once it reached them: the asker, who passed it on, the message; after
 *   accepting, the asker's contact.
 * Anybody else, or a person it has not reached yet: nothing (as an unknown id).
 */

export type StoredState = 'open' | 'accepted' | 'declined' | 'suggested' | 'expired';
export type Decision = 'accept' | 'decline' | 'suggest';
export type Outcome = 'met' | 'not-yet' | 'not-useful';

export interface StoredStep {
  position: number;
  personId: string;
  decision: Decision | null;
  reason: string | null;
  outcome: Outcome | null;
  note: string | null;
  metOn: string | null;
}

export interface StoredRequest {
  id: string;
  state: StoredState;
  /** Whose turn it is (while open), or where it ended. */
  position: number;
  /** The furthest position it has reached. */
  reached: number;
  message: string;
  score: number;
  created: string;
  expires: string;
  steps: StoredStep[];
  suggestion: string | null;
}

export type Role = 'ASKER' | 'INTRODUCER' | 'TARGET';
/** What the viewer sees of the state. */
export type ViewState = 'YOUR_TURN' | 'WAITING' | 'PASSED_ON' | 'ACCEPTED' | 'SUGGESTED' | 'CLOSED';

export interface RequestView {
  id: string;
  role: Role;
  state: ViewState;
  message: string;
  created: string;
  expires: string;
  askerId: string;
  /** Who passed it to the viewer (introducers and the target). */
  fromId: string | null;
  /** Whom the viewer is asked to introduce the asker to (introducers). */
  nextId: string | null;
  /** The target (the asker, and the target themself). */
  targetId: string | null;
  /** The whole path (the asker only). */
  pathIds: string[] | null;
  /** Hops accepted so far (the asker only). */
  progress: number | null;
  /** The person suggested instead (the asker and the one who suggested). */
  suggestionId: string | null;
  /** The other side's contact is shared (asker and target, once accepted). */
  contactWithId: string | null;
  /** The viewer's own decision, and their private reason. */
  myDecision: Decision | null;
  myReason: string | null;
  myOutcome: Outcome | null;
  myNote: string | null;
  /** Path score when it was asked. */
  score: number | null;
}

const last = (r: StoredRequest) => r.steps.length - 1;

/** The viewer's position on the request, or null when they may not see it at all. */
export function positionOf(r: StoredRequest, personId: string | null): number | null {
  if (personId === null) return null;
  const step = r.steps.find((s) => s.personId === personId);
  if (!step) return null;
  return step.position === 0 || r.reached >= step.position ? step.position : null;
}

function viewState(r: StoredRequest, at: number): ViewState {
  const end = last(r);
  if (at === 0) {
    if (r.state === 'open') return 'WAITING';
    if (r.state === 'accepted') return 'ACCEPTED';
    if (r.state === 'suggested') return 'SUGGESTED';
    return 'CLOSED';
  }
  const mine = r.steps[at]!;
  if (r.state === 'open' && r.position === at) return 'YOUR_TURN';
  if (mine.decision === 'accept') return at === end ? 'ACCEPTED' : 'PASSED_ON';
  if (mine.decision === 'suggest') return 'SUGGESTED';
  return 'CLOSED';
}

export function viewFor(r: StoredRequest, personId: string | null): RequestView | null {
  const at = positionOf(r, personId);
  if (at === null) return null;
  const end = last(r);
  const role: Role = at === 0 ? 'ASKER' : at === end ? 'TARGET' : 'INTRODUCER';
  const state = viewState(r, at);
  const mine = r.steps[at]!;
  const accepted = r.state === 'accepted';
  return {
    id: r.id,
    role,
    state,
    message: r.message,
    created: r.created,
    expires: r.expires,
    askerId: r.steps[0]!.personId,
    fromId: at > 0 ? r.steps[at - 1]!.personId : null,
    nextId: role === 'INTRODUCER' ? r.steps[at + 1]!.personId : null,
    targetId: role === 'INTRODUCER' ? null : r.steps[end]!.personId,
    pathIds: role === 'ASKER' ? r.steps.map((s) => s.personId) : null,
    progress: role === 'ASKER' ? r.steps.filter((s) => s.position > 0 && s.decision === 'accept').length : null,
    suggestionId: (role === 'ASKER' || mine.decision === 'suggest') && r.state === 'suggested' ? r.suggestion : null,
    contactWithId: accepted && role !== 'INTRODUCER' ? r.steps[role === 'ASKER' ? end : 0]!.personId : null,
    myDecision: at > 0 ? mine.decision : null,
    myReason: at > 0 ? mine.reason : null,
    myOutcome: mine.outcome,
    myNote: mine.note,
    score: role === 'ASKER' ? r.score : null,
  };
}

/**
 * Why the person at `at` may not make `decision` now, or null. A replay of the decision they
 * already made is not an error: it answers 'replay' and changes nothing.
 */
export function decisionCheck(r: StoredRequest, at: number, decision: Decision): string | 'replay' | null {
  if (at === 0) return 'the asker does not decide on their own request';
  const mine = r.steps[at]!;
  if (mine.decision !== null) return mine.decision === decision ? 'replay' : `you already chose "${mine.decision}"`;
  if (r.state === 'expired') return 'this request has expired';
  if (r.state !== 'open') return 'this request has ended';
  if (r.position !== at) return 'this request is not waiting for you';
  if (decision === 'suggest' && at === last(r)) return 'the target accepts or declines';
  return null;
}

/** Why the viewer at `at` may not record an outcome, or null. */
export function outcomeCheck(r: StoredRequest, at: number): string | null {
  if (at !== 0 && at !== last(r)) return 'only the asker and the target record what came of it';
  if (r.state !== 'accepted') return 'an outcome is recorded once the introduction was made';
  return null;
}
