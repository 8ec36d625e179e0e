/**
 * Shapes chosen teams into the `proposeTeams` answer: names every person, skill and organisation,
 * explains each expert's introduction path hop by hop (as the introductions API does), and states
 * per team which skills stay uncovered and why.
 */
import type { Db } from '../db/driver.ts';
import { nameAll, pathModel, type Named, type PathModel } from './introductions-service.ts';
import type { PathExplanation } from './introductions/index.ts';
import { keyOf, type OrganisationModel, type PersonModel, type SkillModel } from './model.ts';
import type { Holding } from './team-data.ts';
import type { Plan, SkillPlan } from './teams-service.ts';
import { score, UNCOVERED, type Assignment, type TeamProblem } from './teams/index.ts';

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
): Promise<TeamProposalsModel> {
  const { graph } = plan.projection;
  const experts = [...new Set(teams.flatMap((t) => [...t].filter((p) => p !== UNCOVERED)))];
  const paths = new Map(experts.map((p) => [p, explain(p)]));
  const keys = [
    keyOf('Organisation', plan.q.organisationId),
    ...plan.core.map((i) => keyOf('Person', graph.ids[i])),
    ...plan.skills.flatMap((s) => [s.skillId, s.core?.heldSkillId, ...s.candidates.map((h) => h.heldSkillId)]),
  ].flatMap((k) => (k === undefined ? [] : [k.includes(':') ? k : keyOf('Skill', k)]));
  const named = await nameAll(db, [...paths.values()], [...new Set(keys)]);
  const node = <T>(key: string) => named.get(key) as T;
  const person = (id: string) => node<PersonModel>(keyOf('Person', id));
  const required = (s: SkillPlan): RequiredSkillModel => ({
    skill: node<SkillModel>(keyOf('Skill', s.skillId)),
    minLevel: s.minLevel,
    weight: s.weight,
  });
  const match = (s: SkillPlan, h: Holding): SkillMatchModel => ({
    skill: node<SkillModel>(keyOf('Skill', s.skillId)),
    heldSkill: node<SkillModel>(keyOf('Skill', h.heldSkillId)),
    level: h.level,
  });
  const unreachable = plan.skills.filter((s) => !s.core && s.candidates.length === 0);
  const uses = new Map<number, number>();
  for (const t of teams) for (const p of new Set(t)) if (p !== UNCOVERED) uses.set(p, (uses.get(p) ?? 0) + 1);
  const shapeTeam = (team: Assignment, rank: number): TeamProposalModel => {
    const s = score(problem, team);
    const expertModels = s.experts.map((p): TeamExpertModel => {
      const id = graph.ids[p];
      const covered = open.filter((_, r) => team[r] === p);
      return {
        person: person(id),
        covers: covered.map((sp) => match(sp, sp.candidates.find((h) => h.personId === id)!)),
        introduction: pathModel(paths.get(p)!, named as Named),
        cost: problem.reach(p),
        hoursPerMonth: plan.fields.get(id)?.hoursPerMonth ?? null,
        teamsInAnswer: uses.get(p) ?? 0,
      };
    });
    expertModels.sort((a, b) => a.cost - b.cost || (a.person.id < b.person.id ? -1 : 1));
    return {
      rank,
      coreCoverage: plan.skills.flatMap((sp) => (sp.core ? [{ person: person(sp.core.personId), covers: match(sp, sp.core) }] : [])),
      experts: expertModels,
      uncovered: [
        ...open.filter((_, r) => team[r] === UNCOVERED).map((sp) => ({ skill: required(sp), reason: 'maxExperts' as const })),
        ...unreachable.map((sp) => ({ skill: required(sp), reason: 'noReachableHolder' as const })),
      ],
      introductionCost: s.introductionCost,
      cohesion: s.cohesion,
      objective: s.objective,
    };
  };
  return {
    organisation: node<OrganisationModel>(keyOf('Organisation', plan.q.organisationId)),
    core: plan.core.map((i) => person(graph.ids[i])),
    requiredSkills: plan.skills.map(required),
    teams: teams.map((t, i) => shapeTeam(t, i + 1)),
    unreachable: unreachable.map(required),
    cohesionWeight: plan.q.cohesionWeight,
    maxHops: plan.q.maxHops,
  };
}
