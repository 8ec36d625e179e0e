/**
 * The requests' clock, run hourly by `npm start` (boot.ts) beside the session sweep: a reminder to
 * whoever a request waits for, three days before it expires; expiry (the asker is told it is not
 * going ahead, as after a decline); and the daily digest for those who chose it. Every step marks
 * what it did in the same statement, so two instances sweeping at once send each e-mail once.
 */
import type { Db } from '../../db/driver.ts';
import { bookkeeping } from '../../graph/changes.ts';
import { forgetUnavailable } from '../../graph/askable.ts';
import { currentNetwork } from '../../graph/store.ts';
import type { AccountDirectory } from '../../shared/viewer.ts';
import { requestMail } from './mail.ts';
import { tell } from './service.ts';

export const REMIND_DAYS = 3;
const DIGEST_HOURS = 20;

export interface RequestSweep {
  reminded: number;
  expired: number;
  digests: number;
}

export async function sweepRequests(db: Db, accounts: AccountDirectory, now = Date.now()): Promise<RequestSweep> {
  const { remind, expire, digest } = await bookkeeping(db, async (tx) => ({
    remind: await tx.run('request-sweep-remind', { now, days: REMIND_DAYS }),
    expire: await tx.run('request-sweep-expire', { now }),
    digest: await tx.run('request-sweep-digest', { now, hours: DIGEST_HOURS }),
  }));
  if (expire.length > 0) forgetUnavailable();
  if (remind.length + expire.length > 0) {
    const { network: net } = await currentNetwork(db);
    for (const row of remind)
      await tell(db, accounts, net, String(row.personId), 'reminder', String(row.askerId), null);
    for (const row of expire) await tell(db, accounts, net, String(row.askerId), 'closed', String(row.askerId), null);
  }
  for (const row of digest) {
    const facts = { kind: 'digest' as const, asker: '', other: null, count: Number(row.waiting) };
    const language = row.language === 'en' ? 'en' : 'ja';
    accounts.notify(String(row.email), (site) => requestMail(language, facts, site), 'an introduction digest');
  }
  return { reminded: remind.length, expired: expire.length, digests: digest.length };
}
