/** The team composer's skill picker: every skill with its broader skill and its number of discoverable holders. */
import type { Db } from '../../db/driver.ts';
import { modelOf } from '../../shared/kinds.ts';
import type { SkillModel } from '../../shared/model.ts';

export async function skillHierarchy(
  db: Db,
): Promise<{ skill: SkillModel; broaderId: string | null; holders: number }[]> {
  const rows = await db.read((tx) => tx.run('teams-skill-hierarchy'));
  return rows.map((r) => ({
    skill: modelOf('Skill', r.skill as Record<string, never>) as SkillModel,
    broaderId: typeof r.broaderId === 'string' ? r.broaderId : null,
    holders: Number(r.holders),
  }));
}
