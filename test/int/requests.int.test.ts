/**
 * Introduction requests through the API, with e-mail read from a real local SMTP server: the whole
 * loop (ask → introducer accepts → target accepts → contacts shared → "met" makes a tie the next
 * answer uses), every transition and its replay, what each person sees (and that the target's
 * address appears in no answer before they accept), decline and expiry looking the same to the
 * asker, suggestions, and "do not ask me" and monthly limits in the path search.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { smtpMailer } from '../../server/auth/mailer.ts';
import { sweepRequests } from '../../server/features/requests/sweep.ts';
import { forgetUnavailable } from '../../server/graph/askable.ts';
import type { Db } from '../../server/db/driver.ts';
import { isRequiredArgument } from 'graphql';
import { startApi, TEST_ADMINISTRATOR, type Api } from '../helpers/api.ts';
import { apiSchema, queryAll } from '../helpers/select-all.ts';
import { testDb, wipe } from '../helpers/db.ts';
import { startMailBox, type MailBox } from '../helpers/mail.ts';

let db: Db;
let mail: MailBox;
let server: Api;
let admin: Api;
const as: Record<string, Api> = {};

const PEOPLE = [
  ['asker', '田中 花子', 'tanaka@example.org'],
  ['intro', '坂本 龍', 'sakamoto@example.org'],
  ['target', '専門 家子', 'expert@example.org'],
  ['other', '他人 太郎', 'other@example.org'],
  ['spare', '予備 次郎', 'spare@example.org'],
] as const;
const EMAIL = Object.fromEntries(PEOPLE.map(([id, , email]) => [id, email])) as Record<string, string>;

const REQUEST = `mutation ($path: [ID!]!, $message: String!) {
  requestIntroduction(path: $path, message: $message) { id role state }
}`;
const VIEW = `query ($id: ID!) {
  introductionRequest(id: $id) {
    id role state message asker { id } from { id } next { id } target { id } path { id } progress
    suggestion { id } contactEmail myDecision myReason myOutcome
  }
}`;
const DECIDE = `mutation ($id: ID!, $decision: RequestDecision!, $reason: String, $s: ID) {
  decideIntroductionRequest(id: $id, decision: $decision, reason: $reason, suggestedPersonId: $s) { state myDecision }
}`;

async function ok(api: Api, query: string, variables: Record<string, unknown> = {}) {
  const res = await api.gql(query, variables);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}
const view = async (who: string, id: string) => (await as[who]!.gql(VIEW, { id })).data?.introductionRequest;
const ask = async (path: string[], message = 'ご紹介いただけますか。') =>
  (await ok(as[path[0]!]!, REQUEST, { path, message })).requestIntroduction.id as string;

beforeAll(async () => {
  db = await testDb();
  mail = await startMailBox();
  server = await startApi(db, { mailer: smtpMailer(mail.url, 'Tsunagari <no-reply@tests.example.org>') });
});
afterAll(async () => {
  await server?.close();
  await mail?.close();
  await db?.close();
});
beforeEach(async () => {
  await wipe(db);
  await db.autoCommit('test-wipe-accounts');
  admin = await server.as(TEST_ADMINISTRATOR, true);
  // The wipe bypassed the API: the list of people not to ask is read again (it is kept 30 s).
  forgetUnavailable();
  const lines = PEOPLE.map(
    ([id, name, email]) => `${id}: createPerson(input: { id: "${id}", name: "${name}", email: "${email}" }) { id }`,
  );
  await ok(
    admin,
    `mutation {
      ${lines.join('\n')}
      t1: createTie(input: { personId: "asker", otherPersonId: "intro", strength: 4, context: "CONTEXT-SECRET" }) { strength }
      t2: createTie(input: { personId: "intro", otherPersonId: "target", strength: 4 }) { strength }
      t3: createTie(input: { personId: "intro", otherPersonId: "spare", strength: 3 }) { strength }
    }`,
  );
  for (const [id, , email] of PEOPLE) as[id] = await admin.as(email);
  await mail.settle();
});

describe('an introduction request', () => {
  it('goes hop by hop with double opt-in, shares contacts only after the target accepts, and a meeting becomes a tie', async () => {
    const answers: unknown[] = [];
    const seen = async (who: string, id: string) => {
      const v = await view(who, id);
      answers.push(v);
      return v;
    };
    const id = await ask(['asker', 'intro', 'target']);

    // The first introducer is asked by e-mail (in Japanese by default), naming both people.
    const first = await mail.next(EMAIL.intro!);
    expect(first.subject).toContain('田中 花子');
    expect(first.text).toContain('専門 家子');
    expect(first.text).toContain('/requests');

    expect(await seen('asker', id)).toMatchObject({
      role: 'ASKER',
      state: 'WAITING',
      target: { id: 'target' },
      path: [{ id: 'asker' }, { id: 'intro' }, { id: 'target' }],
      progress: 0,
      contactEmail: null,
    });
    expect(await seen('intro', id)).toMatchObject({
      role: 'INTRODUCER',
      state: 'YOUR_TURN',
      asker: { id: 'asker' },
      from: { id: 'asker' },
      next: { id: 'target' },
      target: null,
      path: null,
      contactEmail: null,
    });
    // Not yet reached: the target, like a stranger, gets exactly what a random id gets.
    const random = await as.target!.gql(VIEW, { id: '00000000-0000-4000-8000-000000000000' });
    const early = await as.target!.gql(VIEW, { id });
    expect(JSON.stringify(early).replace(id, 'X')).toBe(
      JSON.stringify(random).replace('00000000-0000-4000-8000-000000000000', 'X'),
    );
    expect((await as.other!.gql(VIEW, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await ok(as.intro!, '{ introductionRequestsWaiting }')).introductionRequestsWaiting).toBe(1);
    expect((await ok(as.target!, '{ introductionRequests { id } }')).introductionRequests).toEqual([]);

    // The introducer passes it on; doing it again changes nothing; changing their mind is refused.
    const accepted = await ok(as.intro!, DECIDE, { id, decision: 'ACCEPT' });
    expect(accepted.decideIntroductionRequest).toEqual({ state: 'PASSED_ON', myDecision: 'ACCEPT' });
    expect((await ok(as.intro!, DECIDE, { id, decision: 'ACCEPT' })).decideIntroductionRequest).toEqual(
      accepted.decideIntroductionRequest,
    );
    expect((await as.intro!.gql(DECIDE, { id, decision: 'DECLINE' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const toTarget = await mail.next(EMAIL.target!);
    expect(toTarget.text).toContain('坂本 龍');
    expect(toTarget.text).not.toContain(EMAIL.asker);
    expect(await seen('target', id)).toMatchObject({
      role: 'TARGET',
      state: 'YOUR_TURN',
      asker: { id: 'asker' },
      from: { id: 'intro' },
      contactEmail: null,
    });
    expect(await seen('asker', id)).toMatchObject({ state: 'WAITING', progress: 1, contactEmail: null });
    // The asker may not answer for anyone; the introducer may not answer for the target.
    expect((await as.asker!.gql(DECIDE, { id, decision: 'ACCEPT' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Before the target accepts, their address is in no answer anyone got.
    expect(JSON.stringify(answers)).not.toContain(EMAIL.target);
    expect(JSON.stringify(answers)).not.toContain(EMAIL.asker);

    expect((await ok(as.target!, DECIDE, { id, decision: 'ACCEPT' })).decideIntroductionRequest.state).toBe('ACCEPTED');
    expect((await mail.next(EMAIL.asker!)).subject).toContain('紹介が成立');
    expect(await view('asker', id)).toMatchObject({ state: 'ACCEPTED', contactEmail: EMAIL.target, progress: 2 });
    expect(await view('target', id)).toMatchObject({ state: 'ACCEPTED', contactEmail: EMAIL.asker });
    expect(await view('intro', id)).toMatchObject({ state: 'PASSED_ON', contactEmail: null });

    // "Met": the tie is made once, and the network uses it at once.
    const OUTCOME = `mutation ($id: ID!, $o: IntroductionOutcome!, $on: Date) {
      recordIntroductionOutcome(id: $id, outcome: $o, metOn: $on) { myOutcome }
    }`;
    expect((await as.intro!.gql(OUTCOME, { id, o: 'MET' })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await ok(as.asker!, OUTCOME, { id, o: 'MET', on: '2026-12-01' });
    await ok(as.target!, OUTCOME, { id, o: 'MET', on: '2026-12-01' });
    const [tie] = await db.read((tx) =>
      tx.runText(
        'MATCH (:Person {id: "asker"})-[k:KNOWS]-(:Person {id: "target"}) RETURN k.strength AS s, k.source AS source, toString(k.lastContact) AS last',
      ),
    );
    expect(tie).toEqual({ s: 3, source: 'introduction', last: '2026-12-01' });
    const paths = await ok(
      as.asker!,
      '{ introductions(from: { personId: "asker" }, to: { personId: "target" }) { paths { people { id } } } }',
    );
    expect(paths.introductions.paths[0].people).toEqual([{ id: 'asker' }, { id: 'target' }]);
  });

  it('a decline and an expiry look the same to the asker; the reason stays with the one who declined', async () => {
    const declined = await ask(['asker', 'intro', 'target']);
    await ok(as.intro!, DECIDE, { id: declined, decision: 'DECLINE', reason: '今は忙しいため REASON42' });
    const expired = await ask(['asker', 'intro', 'spare']);
    await db.write((tx) =>
      tx.runText('MATCH (r:IntroductionRequest {id: $id}) SET r.expires = datetime() - duration({days: 1})', {
        id: expired,
      }),
    );
    const [a, b] = [await view('asker', declined), await view('asker', expired)];
    const shape = (x: Record<string, unknown>) => ({ ...x, id: null, target: null, path: null });
    expect(shape(a)).toEqual(shape(b));
    expect(a.state).toBe('CLOSED');
    expect(JSON.stringify(await ok(as.asker!, '{ introductionRequests { id state myReason } }'))).not.toContain(
      'REASON42',
    );
    expect(await view('intro', declined)).toMatchObject({ state: 'CLOSED', myReason: '今は忙しいため REASON42' });
    const closedMail = await mail.next(EMAIL.asker!);
    expect(closedMail.text).not.toContain('REASON42');
    // An expired request takes no answer.
    expect((await as.intro!.gql(DECIDE, { id: expired, decision: 'ACCEPT' })).errors?.[0]?.extensions?.code).toBe(
      'CONFLICT',
    );
  });

  it('an introducer may suggest someone else, whom the asker then sees', async () => {
    const id = await ask(['asker', 'intro', 'target']);
    const res = await as.intro!.gql(DECIDE, { id, decision: 'SUGGEST' });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'suggestedPersonId' } });
    await ok(as.intro!, DECIDE, { id, decision: 'SUGGEST', s: 'spare' });
    expect(await view('asker', id)).toMatchObject({ state: 'SUGGESTED', suggestion: { id: 'spare' } });
  });

  it('refuses bad requests with a specific error and stores nothing', async () => {
    const refused = async (path: string[], message = 'x', who = 'asker') =>
      (await as[who]!.gql(REQUEST, { path, message })).errors?.[0];
    expect(await refused(['intro', 'asker', 'target'])).toMatchObject({ extensions: { field: 'path' } });
    expect(await refused(['asker', 'intro'])).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'path' } });
    expect(await refused(['asker', 'other', 'target'])).toMatchObject({
      message: expect.stringContaining('share no tie'),
    });
    expect(await refused(['asker', 'intro', 'target'], '  ')).toMatchObject({ extensions: { field: 'message' } });
    expect(await refused(['asker', 'intro', 'intro'])).toMatchObject({ extensions: { field: 'path' } });
    const [{ n }] = await db.read((tx) => tx.runText('MATCH (r:IntroductionRequest) RETURN count(r) AS n'));
    expect(n).toBe(0);
    await ask(['asker', 'intro', 'target']);
    expect(await refused(['asker', 'intro', 'target'])).toMatchObject({ extensions: { code: 'CONFLICT' } });
  });

  it('leaves out people who asked not to be asked, or reached their monthly limit, from paths and requests', async () => {
    const INTRO = '{ introductions(from: { personId: "asker" }, to: { personId: "target" }) { reach } }';
    expect((await ok(as.asker!, INTRO)).introductions.reach).toBe('FOUND');
    // A request waiting for the introducer when they pause ends now, as an expiry does.
    const waiting = await ask(['asker', 'intro', 'target']);
    await mail.next(EMAIL.intro!);
    await ok(as.intro!, 'mutation { setIntroductionPreferences(paused: true) { paused } }');
    expect(await view('asker', waiting)).toMatchObject({ state: 'CLOSED' });
    expect((await mail.next(EMAIL.asker!)).subject).toContain('進みませんでした');
    expect((await ok(as.asker!, INTRO)).introductions.reach).toBe('UNREACHABLE');
    expect(
      (await as.asker!.gql(REQUEST, { path: ['asker', 'intro', 'target'], message: 'x' })).errors?.[0],
    ).toMatchObject({ extensions: { code: 'CONFLICT', field: 'path.1' } });
    await ok(
      as.intro!,
      'mutation { setIntroductionPreferences(paused: false, monthlyLimit: 2, language: EN) { paused } }',
    );
    expect((await ok(as.asker!, INTRO)).introductions.reach).toBe('FOUND');
    await ask(['asker', 'intro', 'target']);
    // English from now on, as the introducer chose; two requests in 30 days: at the limit.
    expect((await mail.next(EMAIL.intro!)).subject).toBe('Tsunagari: 田中 花子 asks for an introduction');
    expect((await ok(as.asker!, INTRO)).introductions.reach).toBe('UNREACHABLE');
    const bad = await as.intro!.gql(
      'mutation { setIntroductionPreferences(paused: false, monthlyLimit: 0) { paused } }',
    );
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'monthlyLimit' } });
  });

  it('reminds before expiry once, expires on time, and sends a daily digest to those who chose it', async () => {
    const id = await ask(['asker', 'intro', 'target']);
    await mail.next(EMAIL.intro!);
    const now = Date.now();
    const setExpiry = (ms: number) =>
      db.write((tx) =>
        tx.runText('MATCH (r:IntroductionRequest {id: $id}) SET r.expires = datetime({epochMillis: $at})', {
          id,
          at: ms,
        }),
      );
    await setExpiry(now + 2 * 86_400_000);
    expect(await sweepRequests(db, server.auth, now)).toEqual({ reminded: 1, expired: 0, digests: 0 });
    expect((await mail.next(EMAIL.intro!)).subject).toContain('まもなく期限');
    expect(await sweepRequests(db, server.auth, now)).toEqual({ reminded: 0, expired: 0, digests: 0 });
    expect(await sweepRequests(db, server.auth, now + 3 * 86_400_000)).toEqual({ reminded: 0, expired: 1, digests: 0 });
    expect((await mail.next(EMAIL.asker!)).subject).toContain('進みませんでした');
    expect(await view('asker', id)).toMatchObject({ state: 'CLOSED' });

    // A digest instead of one e-mail per request.
    await ok(as.target!, 'mutation { setIntroductionPreferences(paused: false, digest: true) { digest } }');
    const second = await ask(['asker', 'intro', 'target']);
    await ok(as.intro!, DECIDE, { id: second, decision: 'ACCEPT' });
    await mail.quiet();
    expect(mail.messages.filter((m) => m.to === EMAIL.target)).toEqual([]);
    expect(await sweepRequests(db, server.auth, Date.now())).toMatchObject({ digests: 1 });
    expect((await mail.next(EMAIL.target!)).subject).toBe('Tsunagari: 返事待ちの紹介のお願いが 1 件あります');
    expect(await sweepRequests(db, server.auth, Date.now())).toMatchObject({ digests: 0 });
    expect(await sweepRequests(db, server.auth, Date.now() + 21 * 3_600_000)).toMatchObject({ digests: 1 });
  });

  it('calibration: rates by score and observed decisions for administrators, evidence kept without names or contexts', async () => {
    const done = await ask(['asker', 'intro', 'target']);
    await ok(as.intro!, DECIDE, { id: done, decision: 'ACCEPT' });
    await ok(as.target!, DECIDE, { id: done, decision: 'ACCEPT' });
    const declined = await ask(['asker', 'intro', 'spare']);
    await ok(as.intro!, DECIDE, { id: declined, decision: 'DECLINE' });
    const [{ evidence }] = await db.read((tx) =>
      tx.runText('MATCH (r:IntroductionRequest {id: $id}) RETURN r.evidence AS evidence', { id: done }),
    );
    expect(JSON.parse(evidence as string)[0]).toEqual([{ kind: 'declared', strength: 4, ageDays: null }]);
    expect(String(evidence)).not.toContain('CONTEXT-SECRET');
    const QUERY = `{ introductionCalibration {
      requests decisions currentLogLikelihood refit { alpha }
      byScore { from to ended introduced met }
    } }`;
    expect((await as.asker!.gql(QUERY)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { introductionCalibration: c } = await ok(admin, QUERY);
    expect(c).toMatchObject({ requests: 2, decisions: 3, refit: null });
    expect(c.currentLogLikelihood).toBeLessThan(0);
    const sum = (k: string) => c.byScore.reduce((n: number, b: Record<string, number>) => n + b[k]!, 0);
    expect([sum('ended'), sum('introduced'), sum('met')]).toEqual([2, 1, 0]);
  });

  it("the person to meet's address is in no answer of any query, for anyone, before they accept", async () => {
    await ok(
      admin,
      `mutation {
        o: createOrganisation(input: { id: "org1", name: "団体", sector: NPO }) { id }
        m1: createMembership(input: { personId: "asker", organisationId: "org1" }) { since }
        m2: createMembership(input: { personId: "target", organisationId: "org1" }) { since }
        s: createSkill(input: { id: "s1", nameJa: "会計" }) { id }
        h: createSkillHolding(input: { personId: "target", skillId: "s1", level: 4 }) { level }
      }`,
    );
    const id = await ask(['asker', 'intro', 'target']);
    await ok(as.intro!, DECIDE, { id, decision: 'ACCEPT' });
    // Every Query field; those with required arguments are asked about each record they name.
    const ARGS: Record<string, string[]> = {
      person: PEOPLE.map(([p]) => `id: "${p}"`),
      organisation: ['id: "org1"'],
      skill: ['id: "s1"'],
      project: ['id: "none"'],
      node: PEOPLE.map(([p]) => `key: "Person:${p}"`),
      organisationAccounts: ['organisationId: "org1"'],
      editRights: PEOPLE.map(([p]) => `key: "Person:${p}"`),
      organisationAssets: ['organisationId: "org1"'],
      assetsReachPeople: ['organisationId: "org1"'],
      handoverPlan: ['organisationId: "org1", personId: "target"'],
      assetsTrend: ['organisationId: "org1", dates: ["2026-12-01"]'],
      importProgress: ['uploadId: "none"'],
      exportData: ['format: JSON'],
      neighbourhood: ['ids: ["Person:target", "Person:asker"], depth: 2'],
      introductions: [
        'from: { personId: "asker" }, to: { personId: "target" }',
        'from: { personId: "asker" }, to: { skillId: "s1" }',
      ],
      introductionRequest: [`id: "${id}"`],
      search: ['text: "家子"', 'text: "expert"'],
      proposeTeams: ['organisationId: "org1", requiredSkills: [{ skillId: "s1" }]'],
      duplicates: ['kind: PERSON', 'kind: ORGANISATION'],
      mergePreview: ['kind: PERSON, ids: ["target", "asker"]'],
      teamPlans: ['organisationId: "org1"'],
      teamPlan: ['id: "none"'],
      savedView: ['id: "none"'],
      teamStartForProject: ['projectId: "none"'],
    };
    const fields = Object.values(apiSchema().getQueryType()!.getFields());
    const missing = fields.filter((f) => f.args.some(isRequiredArgument) && !ARGS[f.name]).map((f) => f.name);
    expect(missing, 'give these Query fields arguments in ARGS').toEqual([]);
    const requests = fields.flatMap((f) => (ARGS[f.name] ?? ['']).map((args) => queryAll(f.name, args, 4)));
    let answered = 0;
    for (const who of ['asker', 'intro', 'other', 'admin']) {
      const api = who === 'admin' ? admin : as[who]!;
      for (const query of requests) {
        const res = await api.gql(query);
        // Exports carry their file as base64: look inside.
        const file = (res.data?.exportData as { contentBase64?: string } | undefined)?.contentBase64;
        const text = JSON.stringify(res) + (file ? Buffer.from(file, 'base64').toString('utf8') : '');
        expect(text, `${who}: ${query.slice(0, 80)}`).not.toContain(EMAIL.target);
        if (res.data) answered++;
      }
    }
    expect(answered).toBeGreaterThan(requests.length * 2);
    // And once they accept, exactly the asker sees it.
    await ok(as.target!, DECIDE, { id, decision: 'ACCEPT' });
    expect((await view('asker', id)).contactEmail).toBe(EMAIL.target);
    expect((await view('intro', id)).contactEmail).toBeNull();
    // About 150 whole-schema reads for each of four accounts.
  }, 120_000);
});
