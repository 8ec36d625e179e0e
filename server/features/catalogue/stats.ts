import type { Db } from '../../db/driver.ts';
import type { Sector } from '../../shared/model.ts';

export interface StatsModel {
  [count: string]: number | { sector: Sector; count: number }[];
  organisationsBySector: { sector: Sector; count: number }[];
}

/** Counts for the overview (one query). */
export async function stats(db: Db): Promise<StatsModel> {
  const [row] = await db.read((tx) => tx.run('stats'));
  const { sectors, ...counts } = row as Record<string, unknown>;
  return {
    ...(counts as Record<string, number>),
    organisationsBySector: sectors as StatsModel['organisationsBySector'],
  };
}
