import type { Db } from '../db/driver.ts';
import type { AccountDirectory, Viewer } from '../shared/viewer.ts';

/** What every resolver gets: the database, who is asking (null when signed out), and accounts. */
export interface GraphQLContext {
  db: Db;
  viewer: Viewer | null;
  accounts: AccountDirectory;
  /** Read-only public demo mode (TSUNAGARI_PUBLIC_DEMO): anonymous requests may read. */
  publicDemo: boolean;
  /** Whose budget a request spends (budget.ts): `account:<id>`, or `address:<ip>` when signed out. */
  client: string;
}
