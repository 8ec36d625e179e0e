/**
 * `proposeTeams` arguments: validated as a whole before anything is read, each failure a
 * BAD_USER_INPUT naming its field (`requiredSkills.1.minLevel: must be from 1 to 5`).
 */
import { z } from 'zod';
import { badInput } from '../../errors.ts';
import * as v from '../../shared/validation.ts';

export interface ProposeTeamsArgs {
  organisationId: string;
  requiredSkills: { skillId: string; minLevel?: number | null; weight?: number | null }[];
  core?: string[] | null;
  maxExperts?: number | null;
  k?: number | null;
  excludePeople?: string[] | null;
  cohesionWeight?: number | null;
  maxHops?: number | null;
  minHoursPerMonth?: number | null;
}

const whole = (min: number, max: number) =>
  z
    .number({ error: `must be a whole number from ${min} to ${max}` })
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const between = (min: number, max: number) =>
  z
    .number({ error: `must be a number from ${min} to ${max}` })
    .refine((x) => Number.isFinite(x) && x >= min && x <= max, `must be a number from ${min} to ${max}`);

const schema = z.object({
  organisationId: v.id,
  requiredSkills: z
    .array(
      z.object({
        skillId: v.id,
        minLevel: whole(1, 5)
          .nullish()
          .transform((x) => x ?? 1),
        weight: between(0.1, 10)
          .nullish()
          .transform((x) => x ?? 1),
      }),
    )
    .min(1, 'needs at least one skill')
    .max(10, 'takes at most 10 skills'),
  core: z
    .array(v.id)
    .min(1, 'must name at least one person (or be left out)')
    .max(50, 'takes at most 50 people')
    .nullish(),
  maxExperts: whole(1, 10)
    .nullish()
    .transform((x) => x ?? 4),
  k: whole(1, 10)
    .nullish()
    .transform((x) => x ?? 3),
  excludePeople: z
    .array(v.id)
    .max(100, 'takes at most 100 people')
    .nullish()
    .transform((x) => x ?? []),
  cohesionWeight: between(0, 2)
    .nullish()
    .transform((x) => x ?? 0.25),
  maxHops: whole(1, 6)
    .nullish()
    .transform((x) => x ?? 4),
  minHoursPerMonth: whole(0, 300)
    .nullish()
    .transform((x) => x ?? null),
});

export type TeamQuestion = z.output<typeof schema>;

export function parseTeamQuestion(raw: ProposeTeamsArgs): TeamQuestion {
  const q = v.parse(schema, raw, '');
  const seen = new Map<string, number>();
  q.requiredSkills.forEach((s, i) => {
    if (seen.has(s.skillId))
      throw badInput(`requiredSkills.${i}.skillId`, `"${s.skillId}" is already required (item ${seen.get(s.skillId)})`);
    seen.set(s.skillId, i);
  });
  const exclude = new Set(q.excludePeople);
  q.core?.forEach((id, i) => {
    if (exclude.has(id)) throw badInput(`core.${i}`, `"${id}" is also in excludePeople`);
  });
  return q;
}
