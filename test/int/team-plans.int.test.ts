/**
 * Saved team plans through the GraphQL API on the demo network: a plan keeps the team the
 * composer proposed (by id, never one sent by the client), is read by the organisation's people
 * with a role and written by its owners and editors, becomes a project once (led by the
 * organisation, with no participation written), and bad input changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../server/demo.ts';
import { DEMO_FIXTURES } from '../../seed/demo/index.ts';
import type { Api } from '../helpers/api.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { wipe } from '../helpers/db.ts';

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDemo(db);
});
const { ok, rejected } = suite;

const ORG = DEMO_FIXTURES.npoWithNeeds;
const SKILLS = DEMO_FIXTURES.npoNeedSkills.map((skillId) => ({ skillId, minLevel: 3 }));
const PLAN = `id name created rank organisation { id } requiredSkills { skill { id } minLevel }
  maxExperts k cohesionWeight maxHops introductionCost cohesion
  experts { person { id } skills { id } score } coreCoverage { person { id } skills { id } }
  uncovered { id } project { id name organisations { nodes { role organisation { id } } } members { nodes { person { id } } } }`;
const SAVE = `mutation($input: TeamPlanInput!) { saveTeamPlan(input: $input) { ${PLAN} } }`;
const PROPOSE = `query($org: ID!, $skills: [RequiredSkillInput!]!, $k: Int) {
  proposeTeams(organisationId: $org, requiredSkills: $skills, k: $k) {
    teams { rank introductionCost cohesion experts { person { id } introduction { score } covers { skill { id } } } } } }`;

let viewer: Api;
let editor: Api;
let stranger: Api;

beforeAll(async () => {
  const role = (email: string, r: string) =>
    ok(`mutation { setOrganisationRole(organisationId: "${ORG}", email: "${email}", role: ${r}) { email } }`);
  await role('plan-viewer@example.org', 'VIEWER');
  await role('plan-editor@example.org', 'EDITOR');
  viewer = await suite.api.as('plan-viewer@example.org');
  editor = await suite.api.as('plan-editor@example.org');
  stranger = await suite.api.as('plan-stranger@example.org');
});

describe('team plans', () => {
  let planId = '';

  it('keeps the team the composer proposes at the chosen rank, with its figures', async () => {
    const proposed = (await ok(PROPOSE, { org: ORG, skills: SKILLS, k: 3 })).proposeTeams.teams;
    const second = proposed.find((t: { rank: number }) => t.rank === 2) ?? proposed[0];
    const res = await editor.gql(SAVE, {
      input: { organisationId: ORG, name: ' 助成金申請チーム案 ', requiredSkills: SKILLS, rank: second.rank },
    });
    expect(res.errors).toBeUndefined();
    const plan = res.data!.saveTeamPlan;
    planId = plan.id;
    expect(plan).toMatchObject({
      name: '助成金申請チーム案',
      rank: second.rank,
      organisation: { id: ORG },
      k: 3,
      maxHops: 4,
    });
    expect(plan.requiredSkills.map((s: { skill: { id: string } }) => s.skill.id)).toEqual(DEMO_FIXTURES.npoNeedSkills);
    expect(plan.introductionCost).toBeCloseTo(second.introductionCost, 9);
    expect(plan.cohesion).toBeCloseTo(second.cohesion, 9);
    expect(
      plan.experts.map((e: { person: { id: string }; score: number; skills: { id: string }[] }) => [
        e.person.id,
        e.score,
        e.skills.map((s) => s.id),
      ]),
    ).toEqual(
      second.experts.map(
        (e: { person: { id: string }; introduction: { score: number }; covers: { skill: { id: string } }[] }) => [
          e.person.id,
          e.introduction.score,
          e.covers.map((c) => c.skill.id),
        ],
      ),
    );
    expect(Date.parse(plan.created)).toBeGreaterThan(Date.now() - 60_000);
    expect(plan.project).toBeNull();
  });

  it('is listed for the organisation’s people with a role, and for nobody else', async () => {
    const list = `{ teamPlans(organisationId: "${ORG}") { id name } }`;
    expect((await viewer.gql(list)).data!.teamPlans.map((p: { id: string }) => p.id)).toContain(planId);
    expect((await ok(list)).teamPlans.map((p: { id: string }) => p.id)).toContain(planId);
    expect((await stranger.gql(list)).data!.teamPlans).toEqual([]);
    expect((await stranger.gql(`{ teamPlan(id: "${planId}") { id } }`)).data!.teamPlan).toBeNull();
    expect((await viewer.gql(`{ teamPlan(id: "${planId}") { id name } }`)).data!.teamPlan.name).toBe(
      '助成金申請チーム案',
    );
  });

  it('is written only by the organisation’s owners and editors', async () => {
    const save = { input: { organisationId: ORG, name: '閲覧者の案', requiredSkills: SKILLS } };
    expect((await viewer.gql(SAVE, save)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await stranger.gql(SAVE, save)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const del = `mutation { deleteTeamPlan(id: "${planId}") { id } }`;
    expect((await viewer.gql(del)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    // A plan someone may not read does not exist for them.
    expect((await stranger.gql(del)).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('becomes a project once: led by the organisation, nobody made a participant', async () => {
    const make = `mutation($input: ProjectFromPlanInput!) { projectFromTeamPlan(id: "${planId}", input: $input) { ${PLAN} } }`;
    const made = await editor.gql(make, { input: { name: '助成金申請プロジェクト', start: '2027-01-10' } });
    expect(made.errors).toBeUndefined();
    const project = made.data!.projectFromTeamPlan.project;
    expect(project.name).toBe('助成金申請プロジェクト');
    expect(project.organisations.nodes).toEqual([{ role: 'LEAD', organisation: { id: ORG } }]);
    // Proposed people are not participants: a plan is never evidence that people worked together.
    expect(project.members.nodes).toEqual([]);
    const again = await rejected(make, { input: { name: 'もう一度' } });
    expect(again.extensions).toMatchObject({ code: 'CONFLICT', field: 'id' });
    expect((await ok(`{ project(id: "${project.id}") { name } }`)).project.name).toBe('助成金申請プロジェクト');
  });

  it('starts the composer from the project made from a plan: its organisation and the plan’s skills', async () => {
    const projectId = (await ok(`{ teamPlan(id: "${planId}") { project { id } } }`)).teamPlan.project.id;
    const START = `{ teamStartForProject(projectId: "${projectId}") {
      project { id } organisation { id } core { id } plan { id requiredSkills { skill { id } minLevel } } } }`;
    const start = (await viewer.gql(START)).data!.teamStartForProject;
    expect(start).toMatchObject({
      project: { id: projectId },
      organisation: { id: ORG },
      core: [],
      plan: { id: planId },
    });
    expect(start.plan.requiredSkills).toEqual(SKILLS.map((s) => ({ skill: { id: s.skillId }, minLevel: 3 })));
    // Someone with no role in the organisation sees the project but not the plan.
    const seen = (await stranger.gql(START)).data!.teamStartForProject;
    expect(seen).toMatchObject({ project: { id: projectId }, organisation: { id: ORG }, plan: null });
  });

  it('starts from any project: the lead organisation first, and its visible people as the core', async () => {
    const [row] = await suite.db.read((tx) => tx.run('test-project-with-lead-and-people'));
    const { projectId, lead, people } = row as { projectId: string; lead: string; people: string[] };
    expect(people.length).toBeGreaterThan(1);
    const start = (
      await ok(`{ teamStartForProject(projectId: "${projectId}") { organisation { id } core { id } plan { id } } }`)
    ).teamStartForProject;
    expect(start.organisation.id).toBe(lead);
    expect(start.plan).toBeNull();
    const visible = [...people].sort();
    expect(start.core.map((p: { id: string }) => p.id)).toEqual(visible);
    // The answer's core is accepted by proposeTeams as it is.
    const core = start.core.map((p: { id: string }) => p.id);
    const proposed = await ok(
      `query($org: ID!, $skills: [RequiredSkillInput!]!, $core: [ID!]) {
        proposeTeams(organisationId: $org, requiredSkills: $skills, core: $core, k: 1) { core { id } } }`,
      { org: lead, skills: SKILLS, core },
    );
    expect(proposed.proposeTeams.core.map((p: { id: string }) => p.id).sort()).toEqual(visible);
    expect(
      (await ok(`{ teamStartForProject(projectId: "no-such-project") { core { id } } }`)).teamStartForProject,
    ).toBeNull();
    const bad = await rejected(`{ teamStartForProject(projectId: "") { core { id } } }`);
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectId' });
  });

  it.each([
    [{ name: '' }, 'BAD_USER_INPUT', 'input.name'],
    [{ name: 'x'.repeat(101) }, 'BAD_USER_INPUT', 'input.name'],
    [{ rank: 4 }, 'BAD_USER_INPUT', 'input.rank'],
    [{ rank: 0 }, 'BAD_USER_INPUT', 'input.rank'],
    [{ organisationId: 'nowhere' }, 'NOT_FOUND', 'input.organisationId'],
    [{ requiredSkills: [] }, 'BAD_USER_INPUT', 'input.requiredSkills'],
    [{ requiredSkills: [{ skillId: 'kintone', minLevel: 9 }] }, 'BAD_USER_INPUT', 'input.requiredSkills.0.minLevel'],
  ])('refuses %j with %s on %s and saves nothing', async (change, code, field) => {
    const error = await rejected(SAVE, {
      input: { organisationId: ORG, name: '案', requiredSkills: SKILLS, ...change },
    });
    expect(error.extensions).toMatchObject({ code, field });
  });

  it('refuses a bad project and keeps the plan without one', async () => {
    const second = await editor.gql(SAVE, { input: { organisationId: ORG, name: '二つ目', requiredSkills: SKILLS } });
    const id = second.data!.saveTeamPlan.id;
    const error = await rejected(
      `mutation { projectFromTeamPlan(id: "${id}", input: { name: "日付が変", start: "2027-13-40" }) { id } }`,
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.start' });
    expect((await ok(`{ teamPlan(id: "${id}") { project { id } } }`)).teamPlan.project).toBeNull();
  });

  it('is deleted by an editor; the project made from it stays', async () => {
    const before = (await ok(`{ teamPlan(id: "${planId}") { project { id } } }`)).teamPlan.project.id;
    expect((await editor.gql(`mutation { deleteTeamPlan(id: "${planId}") { id } }`)).errors).toBeUndefined();
    expect((await ok(`{ teamPlan(id: "${planId}") { id } }`)).teamPlan).toBeNull();
    expect((await ok(`{ project(id: "${before}") { id } }`)).project.id).toBe(before);
  });
});
