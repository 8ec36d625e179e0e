/**
 * Saved team plans (docs/teams.md "Saved plans"): the team composer's answer kept under a name, to
 * share by link, compare later with what the same question gives then, and turn into a project.
 *
 * - Saving proposes again on the server and keeps the team at the asked rank: a client never
 *   sends a team, so a plan is always something the composer proposed.
 * - A plan holds ids and figures only (JSON of the question and the team). People are named as they
 *   are when the plan is read, through the reader's own sight: someone no longer visible to them
 *   is left out, and an erased person disappears with their record.
 * - Who: an organisation's owners and editors save, delete and make projects; anyone with a role
 *   in it (and administrators) reads its plans. Anyone else gets "not found", as for any record
 *   they may not see.
 * - A project made from a plan is led by the plan's organisation and linked to the plan; its
 *   people are proposed members until each joins (a participation), so a plan never becomes
 *   evidence that people worked together.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { bookkeeping, recordChange } from '../../graph/changes.ts';
import { Names } from '../../graph/names.ts';
import { currentNetwork } from '../../graph/store.ts';
import { isVisible } from '../../graph/visibility.ts';
import { KIND_SPECS, modelOf, newId, storedProps, toParams } from '../../shared/kinds.ts';
import type { PersonModel, ProjectModel, SkillModel } from '../../shared/model.ts';
import * as v from '../../shared/validation.ts';
import type { Viewer } from '../../shared/viewer.ts';
import { editsOrganisation } from '../../shared/viewer.ts';
import { parseTeamQuestion, type ProposeTeamsArgs, type TeamQuestion } from './question.ts';
import { proposeTeams } from './service.ts';

export interface TeamPlanArgs extends ProposeTeamsArgs {
  name: string;
  rank?: number | null;
}

/** The team as stored: ids and figures. */
interface StoredTeam {
  rank: number;
  coreCoverage: { personId: string; skillIds: string[] }[];
  experts: { personId: string; skillIds: string[]; score: number }[];
  uncovered: string[];
  introductionCost: number;
  cohesion: number;
}

const nameSchema = z.string().trim().min(1, 'must not be empty').max(100, 'takes at most 100 characters');
const rankSchema = z
  .number()
  .int('must be a whole number from 1 to 10')
  .min(1, 'must be a whole number from 1 to 10')
  .max(10, 'must be a whole number from 1 to 10')
  .nullish()
  .transform((x) => x ?? 1);

const mayRead = (viewer: Viewer | null, organisationId: string) =>
  viewer !== null && (viewer.administrator || viewer.roles.has(organisationId));
const mayWrite = (viewer: Viewer | null, organisationId: string) =>
  viewer !== null && (viewer.administrator || editsOrganisation(viewer, organisationId));

/** The question's errors name their field under `input.`, as this mutation's argument is. */
async function underInput<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AppError && error.field !== undefined) {
      const field = `input.${error.field}`;
      throw new AppError(error.code, error.message.replace(error.field, field), field);
    }
    throw error;
  }
}

function refuseWrite(field: string): AppError {
  return new AppError('FORBIDDEN', `${field}: only the organisation's owners and editors manage its team plans`, field);
}

export async function saveTeamPlan(db: Db, input: TeamPlanArgs, viewer: Viewer | null) {
  const { name: rawName, rank: rawRank, ...question } = input;
  const name = v.parse(nameSchema, rawName, 'input.name');
  const rank = v.parse(rankSchema, rawRank, 'input.rank');
  const q = await underInput(async () => parseTeamQuestion(question));
  if (!mayWrite(viewer, q.organisationId)) throw refuseWrite('input.organisationId');
  if (rank > q.k) throw badInput('input.rank', `there are only ${q.k} alternatives (k)`);
  const answer = await underInput(() => proposeTeams(db, question, false, viewer));
  const team = answer.teams.find((t) => t.rank === rank);
  if (!team) throw badInput('input.rank', `the composer proposes ${answer.teams.length} teams for this question`);
  const stored: StoredTeam = {
    rank,
    coreCoverage: team.coreCoverage.map((c) => ({ personId: c.person.id, skillIds: [c.covers.skill.id] })),
    experts: team.experts.map((e) => ({
      personId: e.person.id,
      skillIds: e.covers.map((c) => c.skill.id),
      score: e.introduction.score,
    })),
    uncovered: team.uncovered.map((u) => u.skill.skill.id),
    introductionCost: team.introductionCost,
    cohesion: team.cohesion,
  };
  const id = `plan-${randomBytes(6).toString('hex')}`;
  await bookkeeping(db, (tx) =>
    tx.run('team-plan-save', {
      id,
      organisationId: q.organisationId,
      name,
      question: JSON.stringify(q),
      team: JSON.stringify(stored),
      createdBy: viewer!.accountId,
    }),
  );
  return (await readPlans(db, viewer, { ids: [id] }))[0]!;
}

export async function teamPlans(db: Db, organisationId: unknown, viewer: Viewer | null) {
  const id = v.parse(v.id, organisationId, 'organisationId');
  if (!mayRead(viewer, id)) return [];
  return readPlans(db, viewer, { organisationId: id });
}

export async function teamPlan(db: Db, rawId: unknown, viewer: Viewer | null) {
  const id = v.parse(v.id, rawId, 'id');
  return (await readPlans(db, viewer, { ids: [id] }))[0] ?? null;
}

export async function deleteTeamPlan(db: Db, rawId: unknown, viewer: Viewer | null) {
  const plan = await writablePlan(db, rawId, viewer);
  await bookkeeping(db, (tx) => tx.run('team-plan-delete', { id: plan.id }));
  return { id: plan.id, relationshipsRemoved: plan.project ? 2 : 1 };
}

const projectInput = z.object({
  name: z.unknown(),
  description: z.unknown().optional(),
  start: z.unknown().optional(),
});

export async function projectFromTeamPlan(db: Db, rawId: unknown, rawInput: unknown, viewer: Viewer | null) {
  const plan = await writablePlan(db, rawId, viewer);
  if (plan.project) throw new AppError('CONFLICT', `id: the plan already became project "${plan.project.id}"`, 'id');
  const fields = v.parse(projectInput, rawInput, 'input');
  const props = v.parse(KIND_SPECS.Project.schema, fields, 'input');
  const projectId = newId('Project');
  const made = await db.write(async (tx) => {
    const rows = await tx.run('team-plan-project', {
      id: plan.id,
      props: toParams(storedProps('Project', projectId, props)),
    });
    if (rows.length > 0) await recordChange(tx, { scope: 'shared' });
    return rows.length > 0;
  });
  if (!made) throw new AppError('CONFLICT', 'id: the plan already became a project', 'id');
  return (await readPlans(db, viewer, { ids: [plan.id] }))[0]!;
}

/**
 * Where the composer starts for a project (docs/teams.md "From a project"): its organisation (the
 * lead, else the first partner the network knows), its people whom the composer may name as the
 * core, and the plan it was made from when the reader may read that plan (the plan's question
 * holds the skills the project needs). Null when there is no such project.
 */
export async function teamStartForProject(db: Db, rawId: unknown, viewer: Viewer | null) {
  const id = v.parse(v.id, rawId, 'projectId');
  const [row] = await db.read((tx) => tx.run('team-project-start', { id }));
  if (!row) return null;
  const { network } = await currentNetwork(db);
  const organisationId = (row.organisationIds as string[]).find((o) => isVisible(network, 'Organisation', o));
  const planOrganisation = row.planOrganisationId === null ? null : String(row.planOrganisationId);
  const plan =
    row.planId !== null && planOrganisation !== null && mayRead(viewer, planOrganisation)
      ? ((await readPlans(db, viewer, { ids: [String(row.planId)] }))[0] ?? null)
      : null;
  const names = new Names(network);
  const core = (row.participants as string[]).filter((p) => isVisible(network, 'Person', p));
  names.people(core);
  if (organisationId) names.organisations([organisationId]);
  return {
    project: modelOf('Project', row.project as Record<string, Plain>) as ProjectModel,
    organisation: organisationId ? names.organisation(organisationId)! : null,
    core: core.flatMap((p) => (names.person(p) as PersonModel | undefined) ?? []),
    plan,
  };
}

async function writablePlan(db: Db, rawId: unknown, viewer: Viewer | null) {
  const id = v.parse(v.id, rawId, 'id');
  const [row] = await readRows(db, { ids: [id] });
  // A plan the viewer may not even read does not exist for them.
  if (!row || !mayRead(viewer, String(row.organisationId)))
    throw new AppError('NOT_FOUND', `id: no team plan with id "${id}"`, 'id');
  if (!mayWrite(viewer, String(row.organisationId))) throw refuseWrite('id');
  return { id, project: row.project ? { id: String((row.project as { id: string }).id) } : null };
}

function readRows(db: Db, where: { ids?: string[]; organisationId?: string }) {
  return db.read((tx) =>
    tx.run('team-plan-list', { ids: where.ids ?? null, organisationId: where.organisationId ?? null }),
  );
}

async function readPlans(db: Db, viewer: Viewer | null, where: { ids?: string[]; organisationId?: string }) {
  const rows = (await readRows(db, where)).filter((r) => mayRead(viewer, String(r.organisationId)));
  if (rows.length === 0) return [];
  const { network } = await currentNetwork(db);
  const parsed = rows.map((r) => ({
    row: r,
    q: JSON.parse(String(r.question)) as TeamQuestion,
    team: JSON.parse(String(r.team)) as StoredTeam,
  }));
  const names = new Names(network);
  for (const { q, team } of parsed) {
    names.organisations([q.organisationId]);
    names.people([
      ...(q.core ?? []),
      ...team.coreCoverage.map((c) => c.personId),
      ...team.experts.map((e) => e.personId),
    ]);
    names.skills([...q.requiredSkills.map((s) => s.skillId), ...team.uncovered]);
  }
  const skill = (id: string) => names.skill(id) as SkillModel | undefined;
  const skills = (ids: string[]) => ids.flatMap((id) => skill(id) ?? []);
  const member = (m: { personId: string; skillIds: string[]; score?: number }) => {
    const person = names.person(m.personId) as PersonModel | undefined;
    return person ? [{ person, skills: skills(m.skillIds), score: m.score ?? null }] : [];
  };
  return parsed.map(({ row, q, team }) => ({
    id: String(row.id),
    name: String(row.name),
    organisation: names.organisation(q.organisationId)!,
    created: String(row.created),
    requiredSkills: q.requiredSkills.flatMap((s) => {
      const found = skill(s.skillId);
      return found ? [{ skill: found, minLevel: s.minLevel, weight: s.weight }] : [];
    }),
    core: q.core ? q.core.flatMap((id) => names.person(id) ?? []) : null,
    maxExperts: q.maxExperts,
    k: q.k,
    cohesionWeight: q.cohesionWeight,
    maxHops: q.maxHops,
    minHoursPerMonth: q.minHoursPerMonth,
    excludePeople: q.excludePeople,
    rank: team.rank,
    coreCoverage: team.coreCoverage.flatMap(member),
    experts: team.experts.flatMap(member),
    uncovered: skills(team.uncovered),
    introductionCost: team.introductionCost,
    cohesion: team.cohesion,
    project: row.project ? (modelOf('Project', row.project as Record<string, Plain>) as ProjectModel) : null,
  }));
}
