/**
 * The duplicates report: records already stored that the import matcher (../match/matcher.ts)
 * takes for one real thing — the same rules and scores as matching on import, so that what an
 * import would have asked about is what the report lists.
 */
import type { Db } from '../../../db/driver.ts';
import { dbMatchLookup } from '../match/lookup.ts';
import {
  OrganisationMatcher,
  PersonMatcher,
  SkillMatcher,
  type MatchReason,
  type OrgRecord,
  type PersonRecord,
  type SkillRecord,
} from '../match/matcher.ts';
import type { MatchKind } from '../match/resolve.ts';

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

type AnyRecord = OrgRecord | SkillRecord | PersonRecord;
const nameOf = (r: AnyRecord) => ('name' in r ? r.name : (r.nameJa ?? r.nameEn ?? r.id));

/** Pairs of stored records of `kind` that are sure or possible matches, most likely first. */
export async function findDuplicates(db: Db, kind: MatchKind, limit: number): Promise<DuplicatePair[]> {
  const lookup = dbMatchLookup(db);
  const records: AnyRecord[] =
    kind === 'Organisation'
      ? await lookup.organisations()
      : kind === 'Skill'
        ? await lookup.skills()
        : await lookup.people();
  records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matcher =
    kind === 'Organisation' ? new OrganisationMatcher() : kind === 'Skill' ? new SkillMatcher() : new PersonMatcher();
  const byId = new Map(records.map((r) => [r.id, r]));
  const pairs: DuplicatePair[] = [];
  for (const record of records) {
    const found = matcher.match(record as never);
    if (found)
      pairs.push({
        kind,
        id: record.id,
        name: nameOf(record),
        otherId: found.targetId,
        otherName: nameOf(byId.get(found.targetId)!),
        score: found.score,
        reasons: found.reasons,
      });
    matcher.add(record as never);
  }
  return pairs.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, limit);
}
