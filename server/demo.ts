import type { Db } from './db/driver.ts';
import { demoDataset } from '../seed/demo/index.ts';
import { loadDataset, type LoadProgress } from './features/data/dataset.ts';

export const DEMO_DATASET = 'demo';

/** Replaces the demo network (only nodes tagged dataset = 'demo'). */
export const loadDemo = (db: Db, progress?: LoadProgress): Promise<void> =>
  loadDataset(db, DEMO_DATASET, demoDataset, progress);

/** Loads the demo network when the database holds no Tsunagari data; true when it did. */
export async function loadDemoIfEmpty(db: Db): Promise<boolean> {
  const [row] = await db.read((tx) => tx.run('database-is-empty'));
  if (!row?.empty) return false;
  await loadDemo(db);
  return true;
}
