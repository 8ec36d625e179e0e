/**
 * Spends each request's estimated cost (cost.ts) from its client's budget, before execution:
 * over the per-request limit is 400 TOO_COSTLY; over what the client has left this minute is
 * 429 RATE_LIMITED with Retry-After. A client is its account when signed in, else its address.
 * Budgets are shared by the API instances on one database (SharedBudgets, decision 0022).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import { buildSchema, GraphQLError } from 'graphql';
import type { Db } from '../db/driver.ts';
import { bookkeeping } from '../graph/changes.ts';
import { isDatabaseAway } from '../errors.ts';
import { log } from '../log.ts';
import { inBackground } from '../shared/background.ts';
import { fragmentsOf } from './selection.ts';
import { COST_LIMITS, estimateCost, type ResolvedFields } from './cost.ts';
import type { GraphQLContext } from './context.ts';
import { typeDefs } from './schema.ts';

interface Bucket {
  tokens: number;
  at: number;
  /** Spent here since the last settlement with the shared bucket. */
  pending: number;
  /** When this bucket was last used, and last settled with the shared one. */
  usedAt: number;
  syncedAt: number;
}

/**
 * A token bucket per client: `perMinute` points, refilled continuously, in this process. Behind a
 * load balancer use SharedBudgets, which settles these with buckets in Neo4j.
 */
export class Budgets {
  protected readonly buckets = new Map<string, Bucket>();

  constructor(
    protected readonly perMinute: number,
    protected readonly now: () => number = Date.now,
    /** Points one request may cost (the benchmark lifts it to time refused shapes). */
    readonly perRequest: number = COST_LIMITS.perRequest,
  ) {}

  /** Takes `cost` from `client`; when it has too little, nothing is taken and the wait is returned (s). */
  spend(client: string, cost: number): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? {
      tokens: this.perMinute,
      at: now,
      pending: 0,
      usedAt: now,
      syncedAt: 0,
    };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + Math.max(0, now - bucket.at) * rate);
    bucket.at = now;
    bucket.usedAt = now;
    if (bucket.tokens < cost) {
      this.buckets.set(client, bucket);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - bucket.tokens) / rate / 1000)) };
    }
    bucket.tokens -= cost;
    bucket.pending += cost;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now, rate);
    return { ok: true };
  }

  /** What the cost-control plugin calls: here the same as spend. */
  async take(client: string, cost: number): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
    return this.spend(client, cost);
  }

  async stop(): Promise<void> {}

  /** Clients whose bucket has refilled are the same as new ones: forget them. */
  private forgetFull(now: number, rate: number) {
    for (const [client, bucket] of this.buckets)
      if (bucket.pending === 0 && bucket.tokens + (now - bucket.at) * rate >= this.perMinute)
        this.buckets.delete(client);
  }
}

/** The key a client's shared counters are stored under: a hash, so no address or account id is kept. */
export const counterKey = (client: string) => createHash('sha256').update(client).digest('base64url');

/**
 * Budgets shared by every API instance on one database (decision 0022). Each instance decides
 * from its own copy of a client's bucket, without waiting for the database, and once a second
 * settles what it spent with the client's bucket in Neo4j in one small write transaction for all
 * its clients, taking back what is left (other instances' spending included). A client this
 * instance has not seen recently is read from Neo4j once before its first request is decided. So
 * a budget spent on instance A counts on instance B within about a second; over N instances a
 * client can overspend by at most what it spends in one second on each.
 */
export class SharedBudgets extends Budgets {
  private timer: NodeJS.Timeout | undefined;
  private settling: Promise<void> | undefined;
  private readonly reading = new Map<string, Promise<void>>();

  constructor(
    private readonly db: Db,
    perMinute: number,
    options: { now?: () => number; perRequest?: number; syncMs?: number } = {},
    private readonly syncMs = options.syncMs ?? 1_000,
  ) {
    super(perMinute, options.now, options.perRequest);
  }

  override async take(client: string, cost: number) {
    const known = this.buckets.get(client);
    if (!known || known.syncedAt < this.now() - 3 * this.syncMs) await this.read(client);
    const spent = this.spend(client, cost);
    this.timer ??= inBackground(() => setTimeout(() => void this.settle(), this.syncMs).unref());
    return spent;
  }

  /** Settles every bucket used since the last settlement; runs on the timer (and at stop). */
  async settle(): Promise<void> {
    this.timer = undefined;
    if (this.settling) return this.settling;
    this.settling = this.settleOnce().finally(() => (this.settling = undefined));
    return this.settling;
  }

  override async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.settle();
  }

  private async settleOnce(): Promise<void> {
    const used = [...this.buckets].filter(([, b]) => b.pending > 0 || b.usedAt >= b.syncedAt);
    if (used.length === 0) return;
    const sent = new Map(used.map(([client, b]) => [client, b.pending]));
    const now = this.now();
    let rows: { client: string; tokens: number | null }[];
    try {
      rows = (await inBackground(() =>
        bookkeeping(this.db, (tx) =>
          tx.run('rate-budget-settle', {
            spends: used.map(([client, b]) => ({ client: counterKey(client), cost: b.pending })),
            now,
            perMinute: this.perMinute,
          }),
        ),
      )) as { client: string; tokens: number | null }[];
    } catch (error) {
      // The database is away: keep deciding here and settle the spending when it is back.
      if (!isDatabaseAway(error)) log.warn({ err: error }, 'rate-limit budgets: could not settle with the database');
      this.timer ??= inBackground(() => setTimeout(() => void this.settle(), this.syncMs).unref());
      return;
    }
    // A bucket deleted while this settlement waited on it (another instance's clean-up of idle
    // buckets, an erasure) comes back without tokens: its spending was not recorded, so it stays
    // pending here and goes with the next settlement, and this copy keeps deciding meanwhile.
    const left = new Map(
      rows
        .filter((r) => r.tokens !== null && Number.isFinite(Number(r.tokens)))
        .map((r) => [r.client, Number(r.tokens)]),
    );
    for (const [client, pending] of sent) {
      const bucket = this.buckets.get(client);
      const tokens = left.get(counterKey(client));
      if (!bucket || tokens === undefined) continue;
      // What was spent here while the settlement was on its way is not in the shared figure yet.
      bucket.pending -= pending;
      bucket.tokens = tokens - bucket.pending;
      bucket.at = now;
      bucket.syncedAt = now;
    }
    for (const [client, bucket] of this.buckets)
      if (bucket.pending === 0 && bucket.usedAt < now - 60_000) this.buckets.delete(client);
    if ([...this.buckets.values()].some((b) => b.pending > 0))
      this.timer ??= inBackground(() => setTimeout(() => void this.settle(), this.syncMs).unref());
  }

  /** Takes the client's shared bucket as this instance's copy (one read; several requests share it). */
  private read(client: string): Promise<void> {
    let reading = this.reading.get(client);
    if (!reading) {
      reading = this.readOnce(client).finally(() => this.reading.delete(client));
      this.reading.set(client, reading);
    }
    return reading;
  }

  private async readOnce(client: string): Promise<void> {
    let row: { tokens: number | null; at: number } | undefined;
    try {
      [row] = (await this.db.read((tx) => tx.run('rate-budget-get', { client: counterKey(client) }))) as {
        tokens: number | null;
        at: number;
      }[];
    } catch {
      return; // the database is away: this instance's own copy decides meanwhile
    }
    const now = this.now();
    const bucket = this.buckets.get(client);
    const pending = bucket?.pending ?? 0;
    const shared =
      row && row.tokens !== null && Number.isFinite(Number(row.tokens))
        ? Math.min(this.perMinute, Number(row.tokens) + (Math.max(0, now - Number(row.at)) * this.perMinute) / 60_000)
        : this.perMinute;
    this.buckets.set(client, {
      tokens: shared - pending,
      at: now,
      pending,
      usedAt: bucket?.usedAt ?? now,
      syncedAt: now,
    });
  }
}

export function costControl(resolved: ResolvedFields, budgets: Budgets): ApolloServerPlugin<GraphQLContext> {
  // The schema's types, built by this module's own `graphql`: Apollo's copy may come from the other
  // module format (CommonJS beside ESM under vitest), and graphql-js refuses types across the two.
  const schema = buildSchema(typeDefs.join('\n'));
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const { cost, bulk, heaviest } = estimateCost(
            schema,
            resolved,
            operation,
            fragments,
            request.variables ?? {},
          );
          const counted = cost - bulk;
          if (counted > budgets.perRequest)
            throw new GraphQLError(
              `This request would cost about ${counted} points (${heaviest}); one request may cost ${budgets.perRequest}. Ask for fewer items, fewer hops or fewer fields at once.`,
              { extensions: { code: 'TOO_COSTLY', cost: counted, limit: budgets.perRequest, http: { status: 400 } } },
            );
          const spent = await budgets.take(contextValue.client, cost);
          if (!spent.ok)
            throw new GraphQLError(
              `Too many requests: this client has used its ${COST_LIMITS.perMinute} points for the minute; try again in ${spent.retryAfter} s.`,
              {
                extensions: {
                  code: 'RATE_LIMITED',
                  retryAfter: spent.retryAfter,
                  http: { status: 429, headers: new Map([['retry-after', String(spent.retryAfter)]]) },
                },
              },
            );
        },
      };
    },
  };
}
