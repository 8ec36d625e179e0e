import type { Db } from '../db/driver.ts';

/** What every resolver gets: the database, nothing else (accounts will add the viewer). */
export interface GraphQLContext {
  db: Db;
}
