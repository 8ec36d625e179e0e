/**
 * Shapes chosen teams into the `proposeTeams` answer: names every person, skill and organisation,
 * explains each expert's introduction path hop by hop (as the introductions API does), and states
 * per team which skills stay uncovered and why.
 */
import type { Db } from '../../db/driver.ts';
import type { PathExplanation } from '../../graph/explain.ts';
import { namePaths, pathModel, type PathModel } from '../../graph/path-models.ts';
import type { Holding } from '../../graph/skills.ts';
import { keyOf, type OrganisationModel, type PersonModel, type SkillModel } from '../../shared/model.ts';
import { Names } from '../../graph/names.ts';
import type { Plan, SkillPlan } from './plan.ts';
import { score, UNCOVERED, type Assignment, type TeamProblem } from './engine/index.ts';

export interface SkillMatchModel {
  skill: SkillModel;
  heldSkill: SkillModel;
  level: number;
}
export interface RequiredSkillModel {
  skill: SkillModel;
  minLevel: number;
  weight: number;
}
export interface TeamExpertModel {
  person: PersonModel;
  covers: SkillMatchModel[];
  introduction: PathModel;
  cost: number;
  hoursPerMonth: number | null;
  teamsInAnswer: number;
}
export interface TeamProposalModel {
  rank: number;
  coreCoverage: { person: PersonModel; covers: SkillMatchModel }[];
  experts: TeamExpertModel[];
  uncovered: { skill: RequiredSkillModel; reason: 'noReachableHolder' | 'maxExperts' }[];
  introductionCost: number;
  cohesion: number;
  objective: number;
}
export interface TeamProposalsModel {
  organisation: OrganisationModel;
  core: PersonModel[];
  requiredSkills: RequiredSkillModel[];
  teams: TeamProposalModel[];
  unreachable: RequiredSkillModel[];
  cohesionWeight: number;
  maxHops: number;
}

export async function shapeAnswer(
  db: Db,
  plan: Plan,
  problem: TeamProblem,
  open: SkillPlan[],
  teams: Assignment[],
  explain: (person: number) => PathExplanation,
  texts = true,
): Promise<TeamProposalsModel> {
  const { graph } = plan.network;
  const experts = [...new Set(teams.flatMap((t) => [...t].filter((p) => p !== UNCOVERED)))];
  const paths = new Map(experts.map((p) => [p, explain(p)]));
  const keys = [
    keyOf('Organisation', plan.q.organisationId),
    ...plan.core.map((i) => keyOf('Person', graph.ids[i])),
    ...plan.skills.flatMap((s) => [s.skillId, s.core?.heldSkillId, ...s.candidates.map((h) => h.heldSkillId)]),
  ].flatMap((k) => (k === undefined ? [] : [k.includes(':') ? k : keyOf('Skill', k)]));
  const named = await namePaths(new Names(plan.network).keysToo(keys), [...paths.values()]).load(db, texts);
  const uses = new Map<number, number>();
  for (const t of teams) for (const p of new Set(t)) if (p !== UNCOVERED) uses.set(p, (uses.get(p) ?? 0) + 1);
  const ctx: Context = { plan, problem, open, named, paths, uses, ...namers(named) };
  return {
    organisation: ctx.node<OrganisationModel>(keyOf('Organisation', plan.q.organisationId)),
    core: plan.core.map((i) => ctx.person(graph.ids[i])),
    requiredSkills: plan.skills.map(ctx.required),
    teams: teams.map((t, i) => shapeTeam(ctx, t, i + 1)),
    unreachable: unreachableSkills(plan).map(ctx.required),
    cohesionWeight: plan.q.cohesionWeight,
    maxHops: plan.q.maxHops,
  };
}

const unreachableSkills = (plan: Plan) => plan.skills.filter((s) => !s.core && s.candidates.length === 0);

function namers(named: Names) {
  const node = <T>(key: string) => named.node(key) as T;
  const skill = (id: string) => node<SkillModel>(keyOf('Skill', id));
  return {
    node,
    person: (id: string) => node<PersonModel>(keyOf('Person', id)),
    required: (s: SkillPlan): RequiredSkillModel => ({
      skill: skill(s.skillId),
      minLevel: s.minLevel,
      weight: s.weight,
    }),
    match: (s: SkillPlan, h: Holding): SkillMatchModel => ({
      skill: skill(s.skillId),
      heldSkill: skill(h.heldSkillId),
      level: h.level,
    }),
  };
}

type Context = ReturnType<typeof namers> & {
  plan: Plan;
  problem: TeamProblem;
  open: SkillPlan[];
  named: Names;
  paths: Map<number, PathExplanation>;
  uses: Map<number, number>;
};

function shapeTeam(ctx: Context, team: Assignment, rank: number): TeamProposalModel {
  const { plan, problem, open } = ctx;
  const s = score(problem, team);
  const experts = s.experts.map((p): TeamExpertModel => {
    const id = plan.network.graph.ids[p];
    return {
      person: ctx.person(id),
      covers: open
        .filter((_, r) => team[r] === p)
        .map((sp) =>
          ctx.match(
            sp,
            sp.candidates.find((h) => h.personId === id)!,
          ),
        ),
      introduction: pathModel(ctx.paths.get(p)!, ctx.named),
      cost: problem.reach(p),
      hoursPerMonth: plan.fields(id).hoursPerMonth,
      teamsInAnswer: ctx.uses.get(p) ?? 0,
    };
  });
  experts.sort((a, b) => a.cost - b.cost || (a.person.id < b.person.id ? -1 : 1));
  return {
    rank,
    coreCoverage: plan.skills.flatMap((sp) =>
      sp.core ? [{ person: ctx.person(sp.core.personId), covers: ctx.match(sp, sp.core) }] : [],
    ),
    experts,
    uncovered: [
      ...open
        .filter((_, r) => team[r] === UNCOVERED)
        .map((sp) => ({ skill: ctx.required(sp), reason: 'maxExperts' as const })),
      ...unreachableSkills(plan).map((sp) => ({ skill: ctx.required(sp), reason: 'noReachableHolder' as const })),
    ],
    introductionCost: s.introductionCost,
    cohesion: s.cohesion,
    objective: s.objective,
  };
}
