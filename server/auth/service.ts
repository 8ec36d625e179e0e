/**
 * Sign-in by e-mail link, accounts and server-side sessions, over Neo4j (so several API instances
 * share them). HTTP lives in routes.ts; this module knows no requests or cookies.
 *
 * - A link is one-time (deleted when used), short-lived, and bound to the browser that asked: the
 *   link stores the hash of a nonce that only that browser holds in a cookie. A link opened in
 *   another browser is refused and stays usable in the right one.
 * - Who may sign in: an e-mail that has an account, or that exactly one person record holds as its
 *   contact address (that person's data is theirs to see; an account is created and linked at the
 *   first sign-in). Anyone else gets the same answer and no e-mail.
 * - Sessions are stored by the hash of their id, end after an idle time and an absolute time, and a
 *   new id is issued at every sign-in.
 */
import type { Db, Tx } from '../db/driver.ts';
import { bookkeeping } from '../graph/changes.ts';
import { isDatabaseAway } from '../errors.ts';
import { log } from '../log.ts';
import { inBackground } from '../shared/background.ts';
import type { AccountDirectory, Role, Viewer } from '../shared/viewer.ts';
import type { Mailer } from './mailer.ts';
import { invitationMail, signInMail, type Language } from './messages.ts';
import { hashSecret, newId, newSecret, normaliseEmail } from './secrets.ts';

export interface AuthSettings {
  /** Where links in e-mails point (an origin, no trailing slash); read when a link is made. */
  publicUrl: () => string;
  linkMinutes: number;
  idleMinutes: number;
  maxHours: number;
  /** Links an e-mail may be sent per window (the per-account limit). */
  linksPerWindow: number;
  linkWindowMinutes: number;
  /** Audit entries older than this many days are deleted by the sweep (TSUNAGARI_AUDIT_DAYS). */
  auditDays: number;
}

export const DEFAULT_AUTH_SETTINGS: Omit<AuthSettings, 'publicUrl'> = {
  linkMinutes: 15,
  idleMinutes: 30,
  maxHours: 12,
  linksPerWindow: 5,
  linkWindowMinutes: 15,
  auditDays: 730,
};

/** The path a sign-in link opens; routes.ts serves it. */
export const VERIFY_PATH = '/auth/sign-in/verify';

export type LinkProblem = 'invalid' | 'expired' | 'other-browser';

export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('Too many sign-in links were asked for this address; try again later.');
    this.name = 'RateLimited';
  }
}

const MINUTE = 60_000;
/**
 * A session's viewer is kept in memory this long, so a question costs no extra read: a sign-out or
 * role change made through another instance reaches this one within it (a sign-out here at once).
 */
const VIEWER_CACHE_MS = 5_000;
const VIEWER_CACHE_SIZE = 10_000;
/** A cached viewer is read again in the background this long before it runs out. */
const REFRESH_AHEAD_MS = 1_500;
/** A session's last use is recorded at most this often (one write per active minute, not per request). */
const TOUCH_EVERY_MS = MINUTE;
/**
 * Uses are written this long after the first of a batch, together and off the request's path: a
 * request never waits for its session's write (under load, fifty sessions due in the same second
 * made fifty writes queued on the change log's version, and their requests waited ~10 s).
 */
const TOUCH_BATCH_MS = 250;

export class Auth implements AccountDirectory {
  private readonly viewers = new Map<string, { viewer: Viewer; until: number }>();
  /** Session reads in flight, by hash. */
  private readonly lookups = new Map<string, { generation: number; read: Promise<Viewer | null> }>();
  /** Moves with every sign-out and change of roles: a read that saw it move keeps nothing. */
  private generation = 0;
  /**
   * Uses recorded here and not yet committed (hash → when): this process counts a session's idle
   * time from them at once; other instances see them after the batch's write. Lost if the process
   * dies first, which shortens that session's idle time by at most a minute.
   */
  private readonly uses = new Map<string, number>();
  private touchTimer: NodeJS.Timeout | undefined;
  private touching: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly mailer: Mailer,
    readonly settings: AuthSettings,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Asks for a sign-in link for `email`, bound to the browser holding `browserNonce`. Resolves the
   * same way whether or not the address may sign in; the e-mail is sent without being awaited, so
   * the answer takes as long either way.
   */
  async requestLink(rawEmail: string, language: Language, browserNonce: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const now = this.clock();
    const since = now - this.settings.linkWindowMinutes * MINUTE;
    const [recent] = await this.db.read((tx) => tx.run('auth-link-recent', { email, since }));
    if (Number(recent?.recent ?? 0) >= this.settings.linksPerWindow)
      throw new RateLimited(this.settings.linkWindowMinutes * 60);
    if (!(await this.maySignIn(email))) return;
    const token = newSecret();
    await bookkeeping(this.db, (tx) =>
      tx.run('auth-link-create', {
        hash: hashSecret(token),
        email,
        browser: hashSecret(browserNonce),
        purpose: 'sign-in',
        now,
        expiresAt: now + this.settings.linkMinutes * MINUTE,
        since,
      }),
    );
    const mail = signInMail(language, this.linkUrl(token), this.settings.linkMinutes);
    // Neither the address nor the link is logged: both are personal or secret.
    this.send({ to: email, ...mail }, 'a sign-in');
  }

  private async maySignIn(email: string): Promise<boolean> {
    return this.db.read(async (tx) => {
      if ((await tx.run('auth-account-by-email', { email })).length > 0) return true;
      return (await tx.run('auth-person-by-email', { email })).length === 1;
    });
  }

  linkUrl(token: string): string {
    return `${this.settings.publicUrl()}${VERIFY_PATH}?token=${token}`;
  }

  /**
   * Uses a link: checks it exists, has not expired and was asked for by this browser (a link made
   * at first start is bound to no browser), then deletes it and starts a session. Returns the new
   * session's secret, or why not.
   */
  async useLink(
    token: string,
    browserNonce: string | undefined,
  ): Promise<{ session: string } | { problem: LinkProblem }> {
    const hash = hashSecret(token);
    const now = this.clock();
    return bookkeeping(this.db, async (tx) => {
      const [link] = await tx.run('auth-link-get', { hash });
      if (!link) return { problem: 'invalid' as const };
      if (now >= Number(link.expiresAt)) {
        await tx.run('auth-link-consume', { hash });
        return { problem: 'expired' as const };
      }
      if (link.browser !== null && (browserNonce === undefined || hashSecret(browserNonce) !== link.browser))
        return { problem: 'other-browser' as const };
      await tx.run('auth-link-consume', { hash });
      return { session: await this.createSession(tx, await this.accountFor(tx, String(link.email), false, now), now) };
    });
  }

  /** The viewer of a session, or null when it is unknown, idle too long or past its absolute limit. */
  async viewer(session: string): Promise<Viewer | null> {
    const hash = hashSecret(session);
    const now = this.clock();
    const cached = this.viewers.get(hash);
    if (cached && now < cached.until) {
      // Read again shortly before it runs out, off the request's path: a session in steady use
      // never waits for the database, and no answer uses a viewer older than VIEWER_CACHE_MS.
      if (cached.until - now < REFRESH_AHEAD_MS) void this.lookUp(hash).catch(() => undefined);
      return cached.viewer;
    }
    this.viewers.delete(hash);
    return this.lookUp(hash);
  }

  /** One read per session at a time: requests of one session arriving together share it. */
  private lookUp(hash: string): Promise<Viewer | null> {
    const running = this.lookups.get(hash);
    // A read that started before a sign-out or a change of roles is not shared with later requests.
    if (running && running.generation === this.generation) return running.read;
    const read = this.readViewer(hash).finally(() => {
      if (this.lookups.get(hash)?.read === read) this.lookups.delete(hash);
    });
    this.lookups.set(hash, { generation: this.generation, read });
    return read;
  }

  private async readViewer(hash: string): Promise<Viewer | null> {
    const now = this.clock();
    const generation = this.generation;
    // A use pending here is taken before the read as well as after: its batch may commit while the
    // read is out, after the read saw the older time and before this line sees the use gone.
    const pending = this.uses.get(hash) ?? 0;
    const [row] = await this.db.read((tx) => tx.run('auth-session-get', { hash }));
    if (!row) {
      this.viewers.delete(hash);
      return null;
    }
    const lastSeenAt = Math.max(Number(row.lastSeenAt), pending, this.uses.get(hash) ?? 0);
    if (now >= Number(row.expiresAt) || now >= lastSeenAt + this.settings.idleMinutes * MINUTE) {
      this.viewers.delete(hash);
      this.uses.delete(hash);
      await bookkeeping(this.db, (tx) => tx.run('auth-session-delete', { hash }));
      return null;
    }
    if (now - lastSeenAt >= TOUCH_EVERY_MS) this.touch(hash, now);
    const roles = new Map<string, Role>();
    for (const entry of row.roles as { organisationId: string; role: Role }[])
      roles.set(entry.organisationId, entry.role);
    const viewer: Viewer = {
      accountId: String(row.accountId),
      email: String(row.email),
      personId: row.personId === null ? null : String(row.personId),
      administrator: row.administrator === true,
      roles,
    };
    // A sign-out or a change of roles here while this read was out: what it read may be from
    // before, so it answers this one request but is not kept.
    if (this.generation !== generation) return viewer;
    this.viewers.delete(hash);
    if (this.viewers.size >= VIEWER_CACHE_SIZE) this.viewers.delete(this.viewers.keys().next().value!);
    // Cached no longer than the session may live: its absolute end, and its idle end counted from
    // the last recorded use.
    const lastUse = now - lastSeenAt >= TOUCH_EVERY_MS ? now : lastSeenAt;
    const until = Math.min(now + VIEWER_CACHE_MS, Number(row.expiresAt), lastUse + this.settings.idleMinutes * MINUTE);
    this.viewers.set(hash, { viewer, until });
    return viewer;
  }

  /**
   * Starts a session for an address a trusted provider verified (OpenID Connect), under the same
   * rule as links: an account, or exactly one person record holding the address. Null otherwise.
   */
  async signInVerified(rawEmail: string): Promise<string | null> {
    const email = normaliseEmail(rawEmail);
    if (!(await this.maySignIn(email))) return null;
    const now = this.clock();
    return bookkeeping(this.db, async (tx) =>
      this.createSession(tx, await this.accountFor(tx, email, false, now), now),
    );
  }

  forget(accountId: string): void {
    this.generation++;
    for (const [hash, { viewer }] of this.viewers) if (viewer.accountId === accountId) this.viewers.delete(hash);
  }

  /** Records a session's use in the next batch (TOUCH_BATCH_MS), without waiting for it. */
  private touch(hash: string, at: number): void {
    this.uses.set(hash, Math.max(at, this.uses.get(hash) ?? 0));
    this.nextBatch();
  }

  private nextBatch(): void {
    this.touchTimer ??= inBackground(() =>
      setTimeout(() => {
        this.touchTimer = undefined;
        void this.writeUses();
      }, TOUCH_BATCH_MS).unref(),
    );
  }

  /**
   * Writes every use recorded so far in one transaction (one batch at a time). A use that fails
   * to be written stays for the next batch; uses recorded meanwhile go with it too.
   */
  async writeUses(): Promise<void> {
    while (this.touching) await this.touching;
    if (this.uses.size === 0) return;
    const batch = [...this.uses].map(([hash, at]) => ({ hash, at }));
    this.touching = inBackground(() => bookkeeping(this.db, (tx) => tx.run('auth-session-touch', { touches: batch })))
      .then(() => {
        // Written: forget each use unless a later one came meanwhile.
        for (const { hash, at } of batch) if (this.uses.get(hash) === at) this.uses.delete(hash);
      })
      .catch((error: unknown) => {
        if (!isDatabaseAway(error)) log.warn({ err: error }, 'sessions: could not record their last use');
        this.nextBatch();
      })
      .finally(() => (this.touching = undefined));
    await this.touching;
  }

  /** Writes what is pending (at shut-down). */
  async stop(): Promise<void> {
    clearTimeout(this.touchTimer);
    this.touchTimer = undefined;
    await this.writeUses();
  }

  /**
   * Deletes ended sessions and expired links (up to 5,000 of each); `npm start` runs it hourly, so
   * sessions of accounts that never come back do not stay. Returns how many went.
   */
  async sweep(): Promise<{ sessions: number; links: number; auditEntries: number; writeRecords: number }> {
    // Uses recorded here count: a session in use is not swept for want of its batch.
    await this.writeUses();
    const now = this.clock();
    const auditBefore = now - this.settings.auditDays * 24 * 60 * MINUTE;
    const [row] = await bookkeeping(this.db, (tx) =>
      tx.run('auth-sweep', { now, idleMs: this.settings.idleMinutes * MINUTE, auditBefore, limit: 5000 }),
    );
    return {
      sessions: Number(row?.sessions ?? 0),
      links: Number(row?.links ?? 0),
      auditEntries: Number(row?.auditEntries ?? 0),
      writeRecords: Number(row?.writeRecords ?? 0),
    };
  }

  async signOut(session: string): Promise<void> {
    const hash = hashSecret(session);
    this.viewers.delete(hash);
    this.uses.delete(hash);
    this.generation++;
    await bookkeeping(this.db, (tx) => tx.run('auth-session-delete', { hash }));
    // A read that started before the delete committed may have kept the session meanwhile.
    this.viewers.delete(hash);
    this.generation++;
  }

  /**
   * First start and the administrator named by TSUNAGARI_ADMIN_EMAIL: makes sure that account exists
   * and administers the instance. When the instance had no administrator, returns a one-time link
   * for them (admin@localhost when no address is named) that works in any browser for 24 hours.
   */
  async ensureAdministrator(rawEmail: string | undefined): Promise<string | null> {
    const [count] = await this.db.read((tx) => tx.run('auth-administrator-count'));
    const hadOne = Number(count?.administrators ?? 0) > 0;
    if (hadOne && rawEmail === undefined) return null;
    const email = normaliseEmail(rawEmail ?? 'admin@localhost');
    const now = this.clock();
    const token = newSecret();
    await bookkeeping(this.db, async (tx) => {
      await this.accountFor(tx, email, true, now);
      if (!hadOne)
        await tx.run('auth-link-create', {
          hash: hashSecret(token),
          email,
          browser: null,
          purpose: 'first-run',
          now,
          expiresAt: now + 24 * 60 * MINUTE,
          since: now,
        });
    });
    return hadOne ? null : this.linkUrl(token);
  }

  /**
   * Starts a session without a link for `email`, creating the account when needed (an
   * administrator when `administrator` is set). For tools that run beside the server with its
   * database (benchmarks, tests' signed-in clients); never reachable over HTTP.
   */
  async sessionFor(rawEmail: string, administrator = false): Promise<string> {
    const email = normaliseEmail(rawEmail);
    const now = this.clock();
    return bookkeeping(this.db, async (tx) =>
      this.createSession(tx, await this.accountFor(tx, email, administrator, now), now),
    );
  }

  async ensureAccount(rawEmail: string): Promise<string> {
    const email = normaliseEmail(rawEmail);
    return bookkeeping(this.db, (tx) => this.accountFor(tx, email, false, this.clock()));
  }

  invite(rawEmail: string, language: Language, organisationName: string, role: Role): void {
    const to = normaliseEmail(rawEmail);
    const mail = invitationMail(language, this.settings.publicUrl(), organisationName, role);
    this.send({ to, ...mail }, 'an invitation');
  }

  notify(rawEmail: string, mail: (site: string) => { subject: string; text: string }, what: string): void {
    this.send({ to: normaliseEmail(rawEmail), ...mail(this.settings.publicUrl()) }, what);
  }

  /** Sends without making the caller wait; failures are logged without address or content. */
  private send(mail: { to: string; subject: string; text: string }, what: string): void {
    this.mailer.send(mail).catch((error: unknown) => {
      const code = error instanceof Error ? (error as { code?: string }).code : undefined;
      log.error(
        { err: { name: error instanceof Error ? error.name : 'Error', code } },
        `${what} e-mail could not be sent`,
      );
    });
  }

  /**
   * The id of the account for `email`, created when there is none — linked to the person whose
   * contact address it is, when exactly one is and the account is nobody yet — and made an
   * administrator when asked.
   */
  private async accountFor(tx: Tx, email: string, administrator: boolean, now: number): Promise<string> {
    const [account] = await tx.run('auth-account-by-email', { email });
    const people = account?.personId ? [] : await tx.run('auth-person-by-email', { email });
    if (account) {
      if (administrator && account.administrator !== true)
        await tx.run('auth-account-make-administrator', { id: account.id });
      // A person record that arrived after the account (or came back after an import) is linked
      // at the next sign-in, under the same rule: exactly one person holds the address.
      if (people.length === 1)
        await tx.run('auth-account-link-person', { accountId: account.id, personId: people[0]!.id });
      return String(account.id);
    }
    const [created] = await tx.run('auth-account-create', {
      id: newId(),
      email,
      administrator,
      now,
      personId: people.length === 1 ? people[0]!.id : null,
    });
    return String(created!.id);
  }

  /** A new session (a new id every time) for an account, inside the caller's transaction. */
  private async createSession(tx: Tx, accountId: string, now: number): Promise<string> {
    const session = newSecret();
    await tx.run('auth-session-create', {
      hash: hashSecret(session),
      accountId,
      now,
      expiresAt: now + this.settings.maxHours * 60 * MINUTE,
      idleMs: this.settings.idleMinutes * MINUTE,
    });
    return session;
  }
}
