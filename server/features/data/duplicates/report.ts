/**
 * The duplicates report: records already stored that the import matcher (../match/matcher.ts)
 * takes for one real thing — the same rules and scores as matching on import, so that what an
 * import would have asked about is what the report lists.
 */
import type { Db } from '../../../db/driver.ts';
import { dbMatchLookup } from '../match/lookup.ts';
import { matcherFor, recordName, type MatchReason } from '../match/matcher.ts';
import { storedRecords, type MatchKind } from '../match/resolve.ts';

export interface DuplicatePair {
  kind: MatchKind;
  /** The record listed later (by id) and the earlier one it matches best. */
  id: string;
  name: string;
  otherId: string;
  otherName: string;
  score: number;
  reasons: MatchReason[];
}

/** Pairs of stored records of `kind` that are sure or possible matches, most likely first. */
export async function findDuplicates(db: Db, kind: MatchKind, limit: number): Promise<DuplicatePair[]> {
  const records = await storedRecords(dbMatchLookup(db), kind);
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matcher = matcherFor(kind);
  const byId = new Map(records.map((r) => [r.id, r]));
  const pairs: DuplicatePair[] = [];
  for (const record of records) {
    const found = matcher.match(record);
    if (found)
      pairs.push({
        kind,
        id: record.id,
        name: recordName(record),
        otherId: found.targetId,
        otherName: recordName(byId.get(found.targetId)!),
        score: found.score,
        reasons: found.reasons,
      });
    matcher.add(record);
  }
  return pairs.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
}
