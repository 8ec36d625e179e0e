import type { Db } from '../db/driver.ts';
import type { Viewer } from '../shared/viewer.ts';

/** What every resolver gets: the database and who is asking (null when signed out). */
export interface GraphQLContext {
  db: Db;
  viewer: Viewer | null;
}
