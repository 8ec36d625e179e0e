/**
 * express-rate-limit's counters in Neo4j, so that every API instance on one database counts the
 * same hits (decision 0022). One small write per counted request: only the sign-in routes are
 * counted this way, which are rare next to GraphQL questions (those spend SharedBudgets).
 * Keys are stored hashed: no address is kept.
 */
import type { IncrementResponse, Options, Store } from 'express-rate-limit';
import type { Db } from '../db/driver.ts';
import { counterKey } from '../api/budget.ts';
import { bookkeeping } from '../graph/changes.ts';

export class SharedRateStore implements Store {
  private windowMs = 60_000;
  readonly localKeys = false;

  constructor(
    private readonly db: Db,
    /** Names this limiter's counters apart from other limiters' (express-rate-limit's prefix). */
    readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
  }

  private hit(key: string, hits: number): Promise<IncrementResponse> {
    return bookkeeping(this.db, async (tx) => {
      const [row] = await tx.run('rate-window-hit', {
        key: counterKey(`${this.prefix}:${key}`),
        now: this.now(),
        windowMs: this.windowMs,
        hits,
      });
      return { totalHits: Number(row!.hits), resetTime: new Date(Number(row!.resetAt)) };
    });
  }

  increment(key: string): Promise<IncrementResponse> {
    return this.hit(key, 1);
  }

  async decrement(key: string): Promise<void> {
    await this.hit(key, -1);
  }

  async resetKey(key: string): Promise<void> {
    await bookkeeping(this.db, (tx) => tx.run('rate-window-reset', { key: counterKey(`${this.prefix}:${key}`) }));
  }
}
