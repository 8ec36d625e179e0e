/**
 * Introduction requests: from a path the asker chose to an introduction that happened (or not).
 * The request goes hop by hop; each person on it acts by their own click in their inbox; the
 * target is asked before anything is shared (double opt-in); a met introduction becomes a tie the
 * network sees at once. Every change is conditional on the state it expects, so a replay changes
 * nothing, and is audited by the API layer (api/access.ts). States and views: states.ts.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { forgetUnavailable, unavailablePeople } from '../../graph/askable.ts';
import { bookkeeping, recordChange } from '../../graph/changes.ts';
import { dayNumber } from '../../graph/evidence.ts';
import { explainPath, type EvidenceExplanation } from '../../graph/explain.ts';
import { Names } from '../../graph/names.ts';
import type { Network } from '../../graph/network.ts';
import { viewOf } from '../../graph/sight.ts';
import { currentNetwork } from '../../graph/store.ts';
import { requireVisible } from '../../graph/visibility.ts';
import type { PersonModel } from '../../shared/model.ts';
import * as v from '../../shared/validation.ts';
import type { AccountDirectory, Viewer } from '../../shared/viewer.ts';
import {
  byScore,
  currentParameters,
  decisionsOf,
  logLikelihood,
  MIN_DECISIONS,
  refit,
  type HopEvidence,
  type Parameters,
  type RequestRecord,
  type ScoreBucket,
} from './calibration.ts';
import { requestMail, type Language, type RequestMailKind } from './mail.ts';
import {
  decisionCheck,
  outcomeCheck,
  positionOf,
  viewFor,
  type Decision,
  type Outcome,
  type RequestView,
  type StoredRequest,
  type StoredStep,
} from './states.ts';

/** A request waits this long for everyone's answers (issue 13: 14 days). */
export const EXPIRY_DAYS = 14;

/**
 * A hop's evidence as calibration keeps it (calibration.ts): kinds, strengths, ages and sizes —
 * never a tie's context or anyone's name.
 */
function evidenceRecord(e: EvidenceExplanation, todayDay: number): HopEvidence {
  const age = (date: string | null) => (date === null ? null : Math.max(0, todayDay - dayNumber(date)));
  if (e.kind === 'declared') return { kind: 'declared', strength: e.strength, ageDays: age(e.lastContact) };
  if (e.kind === 'project') return { kind: 'project', size: e.size, ageDays: age(e.end) };
  return { kind: 'organisation', size: e.size };
}

const notFound = (id: string) => new AppError('NOT_FOUND', `id: no introduction request "${id}"`, 'id');

function me(viewer: Viewer): string {
  if (viewer.personId === null)
    throw badInput('personId', 'your account is not linked to a person: ask an administrator to link it');
  return viewer.personId;
}

/** Stored requests by id, each with everyone on it, in one read. */
async function loadAll(db: Db, ids: readonly string[]): Promise<Map<string, StoredRequest>> {
  const rows = ids.length === 0 ? [] : await db.read((tx) => tx.run('request-get', { ids }));
  return new Map(
    rows.map((row) => [
      String(row.id),
      {
        id: String(row.id),
        state: row.state as StoredRequest['state'],
        position: Number(row.position),
        reached: Number(row.reached),
        message: String(row.message),
        score: Number(row.score),
        created: String(row.created),
        expires: String(row.expires),
        steps: (row.steps as Record<string, unknown>[]).map((s): StoredStep => ({
          position: Number(s.position),
          personId: String(s.personId),
          decision: (s.decision as Decision | null) ?? null,
          reason: (s.reason as string | null) ?? null,
          outcome: (s.outcome as Outcome | null) ?? null,
          note: (s.note as string | null) ?? null,
          metOn: (s.metOn as string | null) ?? null,
        })),
        suggestion: (row.suggestion as string | null) ?? null,
      },
    ]),
  );
}

const load = async (db: Db, id: string): Promise<StoredRequest | null> => (await loadAll(db, [id])).get(id) ?? null;

/** The request as the viewer may see it, or NOT_FOUND exactly as for an id that does not exist. */
async function visible(db: Db, viewer: Viewer, id: string): Promise<{ r: StoredRequest; at: number }> {
  const r = await load(db, v.parse(v.id, id, 'id'));
  const at = r ? positionOf(r, viewer.personId) : null;
  if (!r || at === null) throw notFound(id);
  return { r, at };
}

// ---- e-mail -----------------------------------------------------------------------------------

export async function tell(
  db: Db,
  accounts: AccountDirectory,
  net: Network,
  personId: string,
  kind: RequestMailKind,
  askerId: string,
  otherId: string | null,
): Promise<void> {
  const [contact] = await db.read((tx) => tx.run('request-contact', { personId }));
  if (!contact?.email) return;
  // Who chose a daily digest hears of new requests in it (sweep.ts), not one by one.
  if (contact.digest === true && (kind === 'asked-to-introduce' || kind === 'asked-to-meet')) return;
  const names = new Names(net);
  const name = (id: string | null) => (id === null ? null : (names.person(id, true)?.name ?? id));
  const language: Language = contact.language === 'en' ? 'en' : 'ja';
  const facts = { kind, asker: name(askerId)!, other: name(otherId) };
  accounts.notify(String(contact.email), (site) => requestMail(language, facts, site), 'an introduction request');
}

// ---- the request --------------------------------------------------------------------------------

const requestInput = z.object({
  path: z
    .array(v.id)
    .min(
      3,
      'needs you, at least one introducer and the person to meet (someone you know directly you can contact yourself)',
    )
    .max(7, 'may have at most 6 hops')
    .refine((ids) => new Set(ids).size === ids.length, 'names a person twice'),
  message: z.string().trim().min(1, 'must not be empty').max(4000, 'may be at most 4000 characters'),
});

export async function requestIntroduction(
  db: Db,
  viewer: Viewer,
  accounts: AccountDirectory,
  args: { path: readonly string[]; message: string },
): Promise<RequestView> {
  const asker = me(viewer);
  const parsed = requestInput.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badInput(issue.path.join('.') || 'path', issue.message);
  }
  const { path, message } = parsed.data;
  if (path[0] !== asker) throw badInput('path', 'must start with you (the signed-in person)');
  const { network: net } = await currentNetwork(db);
  path.slice(1).forEach((id, i) => requireVisible(net, 'Person', id, `path.${i + 1}`));
  const index = path.map((id) => net.graph.indexOf.get(id));
  if (index.some((i) => i === undefined)) throw badInput('path', 'names a person who is not in the network');
  let score: number;
  let evidence: HopEvidence[][];
  try {
    const explained = explainPath(net.graph, index as number[], viewOf(net, viewer).explain);
    score = explained.score;
    evidence = explained.hops.map((h) => h.evidence.map((e) => evidenceRecord(e, net.graph.todayDay)));
  } catch {
    throw badInput('path', 'two people next to each other on it share no tie, project or organisation you may use');
  }
  const unavailable = await unavailablePeople(db);
  const paused = path.findIndex((id, i) => i > 0 && unavailable.has(id));
  if (paused > 0)
    throw new AppError(
      'CONFLICT',
      `path.${paused}: this person is not taking introduction requests at the moment`,
      `path.${paused}`,
    );
  const id = randomUUID();
  await bookkeeping(db, async (tx) => {
    const [open] = await tx.run('request-open-between', { asker, target: path.at(-1) });
    if (open) throw new AppError('CONFLICT', 'path: you already have an open request to meet this person', 'path');
    await tx.run('request-create', {
      id,
      people: path,
      message,
      score,
      days: EXPIRY_DAYS,
      evidence: JSON.stringify(evidence),
    });
  });
  forgetUnavailable();
  await tell(db, accounts, net, path[1]!, 'asked-to-introduce', asker, path[2]!);
  return viewFor((await load(db, id))!, asker)!;
}

const decideInput = z.object({
  reason: v.optionalText(500),
  suggestedPersonId: v.id.nullish(),
});

export async function decide(
  db: Db,
  viewer: Viewer,
  accounts: AccountDirectory,
  args: { id: string; decision: Decision; reason?: string | null; suggestedPersonId?: string | null },
): Promise<RequestView> {
  const { r, at } = await visible(db, viewer, args.id);
  const extra = decideInput.safeParse({ reason: args.reason, suggestedPersonId: args.suggestedPersonId });
  if (!extra.success) {
    const issue = extra.error.issues[0]!;
    throw badInput(String(issue.path[0]), issue.message);
  }
  const check = decisionCheck(r, at, args.decision);
  if (check === 'replay') return viewFor(r, viewer.personId)!;
  if (check !== null) throw new AppError('CONFLICT', `decision: ${check}`, 'decision');
  const { network: net } = await currentNetwork(db);
  const suggestion = args.decision === 'suggest' ? (extra.data.suggestedPersonId ?? null) : null;
  if (args.decision === 'suggest') {
    if (suggestion === null) throw badInput('suggestedPersonId', 'name the person you suggest instead');
    requireVisible(net, 'Person', suggestion, 'suggestedPersonId');
    if (r.steps.some((s) => s.personId === suggestion))
      throw badInput('suggestedPersonId', 'is already on this request');
  }
  const lastAt = r.steps.length - 1;
  const [row] = await bookkeeping(db, (tx) =>
    tx.run('request-decide', {
      id: r.id,
      position: at,
      decision: args.decision,
      reason: args.decision === 'decline' ? extra.data.reason : null,
      suggestion,
      last: lastAt,
    }),
  );
  const now = (await load(db, r.id))!;
  if (!row) {
    // Someone else's change (or an expiry) got there first: answer as it now stands.
    const again = decisionCheck(now, at, args.decision);
    if (again === 'replay') return viewFor(now, viewer.personId)!;
    throw new AppError('CONFLICT', `decision: ${again ?? 'this request changed; look again'}`, 'decision');
  }
  forgetUnavailable();
  const askerId = r.steps[0]!.personId;
  if (now.state === 'open') {
    const next = now.position;
    const kind = next === lastAt ? 'asked-to-meet' : 'asked-to-introduce';
    const other = next === lastAt ? r.steps[next - 1]!.personId : r.steps[next + 1]!.personId;
    await tell(db, accounts, net, r.steps[next]!.personId, kind, askerId, other);
  } else if (now.state === 'accepted') {
    await tell(db, accounts, net, askerId, 'accepted', askerId, null);
  } else {
    await tell(db, accounts, net, askerId, now.state === 'suggested' ? 'suggested' : 'closed', askerId, null);
  }
  return viewFor(now, viewer.personId)!;
}

export async function recordOutcome(
  db: Db,
  viewer: Viewer,
  args: { id: string; outcome: Outcome; note?: string | null; metOn?: string | null },
): Promise<RequestView> {
  const { r, at } = await visible(db, viewer, args.id);
  const refusal = outcomeCheck(r, at);
  if (refusal !== null) throw new AppError('CONFLICT', `outcome: ${refusal}`, 'outcome');
  const note = v.parse(v.optionalText(1000), args.note, 'note');
  const today = new Date().toISOString().slice(0, 10);
  const metOn = args.outcome === 'met' ? (v.parse(v.optionalDate, args.metOn, 'metOn') ?? today) : null;
  if (metOn !== null && metOn > today) throw badInput('metOn', 'must not be in the future');
  const lastAt = r.steps.length - 1;
  const [askerId, targetId] = [r.steps[0]!.personId, r.steps[lastAt]!.personId];
  // The tie is made (or strengthened) once per introduction: by the first "met" either side records.
  const firstMet = args.outcome === 'met' && !r.steps.some((s) => s.outcome === 'met');
  await db.write(async (tx) => {
    await tx.run('request-outcome', { id: r.id, position: at, outcome: args.outcome, note, metOn });
    if (firstMet) {
      await tx.run('request-met-tie', { a: askerId, b: targetId, metOn });
      await recordChange(tx, { scope: 'people', people: [askerId, targetId] });
    } else await recordChange(tx, { scope: 'none' });
  });
  return viewFor((await load(db, r.id))!, viewer.personId)!;
}

export async function myRequests(db: Db, viewer: Viewer): Promise<RequestView[]> {
  if (viewer.personId === null) return [];
  const rows = await db.read((tx) => tx.run('request-list', { personId: viewer.personId, limit: 200 }));
  const ids = rows.map((row) => String(row.id));
  const stored = await loadAll(db, ids);
  return ids.flatMap((id) => {
    const r = stored.get(id);
    const view = r && viewFor(r, viewer.personId);
    return view ? [view] : [];
  });
}

export async function oneRequest(db: Db, viewer: Viewer, id: string): Promise<RequestView> {
  const { r } = await visible(db, viewer, id);
  return viewFor(r, viewer.personId)!;
}

export async function waitingCount(db: Db, viewer: Viewer): Promise<number> {
  if (viewer.personId === null) return 0;
  const [row] = await db.read((tx) => tx.run('request-waiting-count', { personId: viewer.personId }));
  return Number(row?.waiting ?? 0);
}

export interface Preferences {
  paused: boolean;
  limit: number | null;
  language: Language;
  digest: boolean;
}

const preferencesInput = z.object({
  paused: z.boolean(),
  monthlyLimit: z
    .number()
    .int()
    .min(1, 'must be at least 1 (or pause instead)')
    .max(100, 'may be at most 100')
    .nullable(),
  language: z.enum(['ja', 'en']),
  digest: z.boolean(),
});

export async function preferences(
  db: Db,
  viewer: Viewer,
  accounts: AccountDirectory,
  set?: { paused: boolean; monthlyLimit?: number | null; language?: string | null; digest?: boolean | null },
): Promise<Preferences> {
  let params = { set: false, paused: false, limit: null as number | null, language: 'ja', digest: false };
  if (set) {
    const parsed = preferencesInput.safeParse({
      paused: set.paused,
      monthlyLimit: set.monthlyLimit ?? null,
      language: (set.language ?? 'ja').toLowerCase(),
      digest: set.digest ?? false,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw badInput(String(issue.path[0]), issue.message);
    }
    params = { set: true, ...parsed.data, limit: parsed.data.monthlyLimit };
  }
  const { row, closed } = await bookkeeping(db, async (tx) => {
    const [row] = await tx.run('request-preferences', { accountId: viewer.accountId, ...params });
    // Pausing ends the requests waiting for this person's answer now, as an expiry would.
    const closed =
      params.set && params.paused && viewer.personId !== null
        ? await tx.run('request-close-waiting', { personId: viewer.personId })
        : [];
    return { row, closed };
  });
  if (set) forgetUnavailable();
  if (closed.length > 0) {
    const { network: net } = await currentNetwork(db);
    for (const r of closed) await tell(db, accounts, net, String(r.askerId), 'closed', String(r.askerId), null);
  }
  return {
    paused: row?.paused === true,
    limit: row?.limit === null || row?.limit === undefined ? null : Number(row.limit),
    language: row?.language === 'en' ? 'en' : 'ja',
    digest: row?.digest === true,
  };
}

/** The people a view names, as the API's person models (the asker even when hidden from search). */
export async function peopleOf(db: Db): Promise<(id: string | null) => PersonModel | null> {
  const { network: net } = await currentNetwork(db);
  const names = new Names(net);
  return (id) => (id === null ? null : (names.person(id, true) ?? null));
}

export interface CalibrationModel {
  requests: number;
  buckets: ScoreBucket[];
  decisions: number;
  current: Parameters;
  currentLogLikelihood: number | null;
  refit: Parameters | null;
  refitLogLikelihood: number | null;
}

/** What outcomes say about the scores (administrators): rates by score and a suggested re-fit. */
export async function calibration(db: Db): Promise<CalibrationModel> {
  const rows = await db.read((tx) => tx.run('request-calibration'));
  const records: RequestRecord[] = rows.map((row) => ({
    score: Number(row.score),
    evidence: typeof row.evidence === 'string' ? (JSON.parse(row.evidence) as HopEvidence[][]) : null,
    state: row.state as RequestRecord['state'],
    position: Number(row.position),
    decisions: row.decisions as (string | null)[],
    met: row.met === true,
  }));
  const decisions = decisionsOf(records);
  const current = currentParameters();
  const fitted = decisions.length >= MIN_DECISIONS ? refit(decisions, current) : null;
  return {
    requests: records.length,
    buckets: byScore(records),
    decisions: decisions.length,
    current,
    currentLogLikelihood: decisions.length > 0 ? logLikelihood(decisions, current) : null,
    refit: fitted?.params ?? null,
    refitLogLikelihood: fitted?.logLikelihood ?? null,
  };
}
