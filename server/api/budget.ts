/**
 * Spends each request's estimated cost (cost.ts) from its client's budget, before execution:
 * over the per-request limit is 400 TOO_COSTLY; over what the client has left this minute is
 * 429 RATE_LIMITED with Retry-After. A client is its account when signed in, else its address.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { buildSchema, GraphQLError } from 'graphql';
import { fragmentsOf } from './selection.ts';
import { COST_LIMITS, estimateCost, type ResolvedFields } from './cost.ts';
import type { GraphQLContext } from './context.ts';
import { typeDefs } from './schema.ts';

/**
 * A token bucket per client: `perMinute` points, refilled continuously. Kept in this process;
 * behind a load balancer each instance keeps its own (docs/deployment.md).
 */
export class Budgets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
    /** Points one request may cost (the benchmark lifts it to time refused shapes). */
    readonly perRequest: number = COST_LIMITS.perRequest,
  ) {}

  /** Takes `cost` from `client`; when it has too little, nothing is taken and the wait is returned (s). */
  spend(client: string, cost: number): { ok: true } | { ok: false; retryAfter: number } {
    const now = this.now();
    const rate = this.perMinute / 60_000;
    const bucket = this.buckets.get(client) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
    bucket.at = now;
    if (bucket.tokens < cost) {
      this.buckets.set(client, bucket);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((cost - bucket.tokens) / rate / 1000)) };
    }
    bucket.tokens -= cost;
    this.buckets.set(client, bucket);
    if (this.buckets.size > 10_000) this.forgetFull(now, rate);
    return { ok: true };
  }

  /** Clients whose bucket has refilled are the same as new ones: forget them. */
  private forgetFull(now: number, rate: number) {
    for (const [client, bucket] of this.buckets)
      if (bucket.tokens + (now - bucket.at) * rate >= this.perMinute) this.buckets.delete(client);
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
          const spent = budgets.spend(contextValue.client, cost);
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
