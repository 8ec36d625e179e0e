import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import { modelOf } from '../../shared/kinds.ts';
import type { SkillModel } from '../../shared/model.ts';

type Props = Record<string, Plain>;

/** A skill's place in the hierarchy: its broader skill and its narrower ones. */
export async function skillRelated(
  db: Db,
  id: string,
): Promise<{ broader: SkillModel | null; narrower: SkillModel[] }> {
  const [row] = await db.read((tx) => tx.run('skill-related', { id }));
  const broader = row?.broader ? (modelOf('Skill', row.broader as Props) as SkillModel) : null;
  const narrower = ((row?.narrower ?? []) as Props[]).map((p) => modelOf('Skill', p) as SkillModel);
  return { broader, narrower };
}
