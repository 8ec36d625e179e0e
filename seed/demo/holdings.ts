/**
 * Skill holdings: key people keep their hand-written skills; generated people draw 1–5 skills,
 * mostly from what their organisation does (IT company staff hold IT skills, hospice staff hold
 * care skills), so that "who can do kintone?" has answers in plausible places.
 */
import type { MembershipRow, SkillHoldingRow } from '../../server/shared/dataset.ts';
import type { KeyPerson } from './key-people.ts';
import { profileOf } from './organisations.ts';
import type { Random } from './random.ts';
import { SKILL_GROUPS } from './skills.ts';

const SKILL_COUNT_WEIGHTS = [
  [1, 2],
  [2, 4],
  [3, 4],
  [4, 2],
  [5, 1],
] as const;
const LEVEL_WEIGHTS = [
  [1, 1],
  [2, 3],
  [3, 4],
  [4, 3],
  [5, 1],
] as const;
const SENIOR_LEVEL_WEIGHTS = [
  [3, 2],
  [4, 4],
  [5, 3],
] as const;
const ENGINEER_ROLES = new Set(['エンジニア', 'プロジェクトマネージャー', '代表取締役']);

export function buildSkillHoldings(
  random: Random,
  keyPeople: readonly KeyPerson[],
  memberships: readonly MembershipRow[],
  mainOrganisation: ReadonlyMap<string, string>,
): SkillHoldingRow[] {
  const keyIds = new Set(keyPeople.map((k) => k.person.id));
  const holdings: SkillHoldingRow[] = keyPeople.flatMap((k) =>
    k.skills.map(([skillId, level]) => ({ personId: k.person.id, skillId, level })),
  );
  for (const [personId, organisationId] of mainOrganisation) {
    if (keyIds.has(personId)) continue;
    const own = memberships.filter((m) => m.personId === personId);
    const main = own.find((m) => m.organisationId === organisationId);
    const senior = profileOf(organisationId).leadRoles.includes(main?.role ?? '');
    for (const skillId of chooseSkills(random, own, organisationId, main?.role)) {
      const level = random.weighted(senior ? SENIOR_LEVEL_WEIGHTS : LEVEL_WEIGHTS);
      holdings.push({ personId, skillId, level });
    }
  }
  return holdings;
}

/**
 * Weighted draw without replacement: the main organisation's skills count most, side
 * organisations' skills and general skills a little, engineers' IT skills a lot.
 */
function chooseSkills(
  random: Random,
  own: readonly MembershipRow[],
  mainId: string,
  mainRole: string | undefined,
): string[] {
  const weights = new Map<string, number>();
  const add = (skillId: string, weight: number): void => {
    weights.set(skillId, (weights.get(skillId) ?? 0) + weight);
  };
  profileOf(mainId).skills.forEach((skillId, index) => add(skillId, index < 3 ? 6 : 4));
  for (const m of own) if (m.organisationId !== mainId) profileOf(m.organisationId).skills.forEach((s) => add(s, 1));
  for (const skillId of SKILL_GROUPS.general) add(skillId, 0.5);
  if (ENGINEER_ROLES.has(mainRole ?? '')) for (const skillId of SKILL_GROUPS.it) add(skillId, 2);

  const count = random.weighted(SKILL_COUNT_WEIGHTS);
  const chosen: string[] = [];
  while (chosen.length < count && weights.size > 0) {
    const skillId = random.weighted([...weights.entries()]);
    weights.delete(skillId);
    chosen.push(skillId);
  }
  return chosen;
}
