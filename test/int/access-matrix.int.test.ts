/**
 * The authorisation matrix, executed: each operation × who asks, against the live API, with the
 * expected answer written down (A allowed, F FORBIDDEN, U UNAUTHENTICATED). Each column works on
 * its own copy of the records (organisation o-<who>, its member m-<who>, a person n-<who> in no
 * organisation, skill s-<who>, project j-<who> led by o-<who>), so deletes do not disturb the others.
 * Roles: none = signed in without a role; viewer/editor/owner of o-<who>; other = editor of another
 * organisation; admin = instance administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { apiSchema } from '../helpers/select-all.ts';
import { testDb, wipe } from '../helpers/db.ts';

const WHO = ['anonymous', 'none', 'viewer', 'editor', 'owner', 'other', 'admin'] as const;
type Who = (typeof WHO)[number];

/** [operation, query (with $w = who), expected per WHO in order]. Order matters: deletes last. */
const MATRIX: [string, string, string][] = [
  ['updatePerson (a member)', 'mutation { updatePerson(id: "m-$w", patch: { bio: "x" }) { id } }', 'U F F A A F A'],
  [
    'updateOrganisation',
    'mutation { updateOrganisation(id: "o-$w", patch: { url: "https://x.example.org" }) { id } }',
    'U F F A A F A',
  ],
  ['createPerson', 'mutation { createPerson(input: { name: "新 人" }) { id } }', 'U F F A A A A'],
  ['updateSkill', 'mutation { updateSkill(id: "s-$w", patch: { nameEn: "Bookkeeping" }) { id } }', 'U F F A A A A'],
  ['updateProject', 'mutation { updateProject(id: "j-$w", patch: { description: "x" }) { id } }', 'U F F A A F A'],
  [
    'createNeed',
    'mutation { createNeed(input: { organisationId: "o-$w", skillId: "s-$w", priority: 3 }) { priority } }',
    'U F F A A F A',
  ],
  [
    'createTie (member, person in no organisation)',
    'mutation { createTie(input: { personId: "m-$w", otherPersonId: "n-$w", strength: 3 }) { strength } }',
    'U F F A A A A',
  ],
  [
    'createMembership',
    'mutation { createMembership(input: { personId: "n-$w", organisationId: "o-$w" }) { since } }',
    'U F F A A F A',
  ],
  ['organisationAccounts', '{ organisationAccounts(organisationId: "o-$w") { email } }', 'U F F F A F A'],
  ['auditLog (organisation)', '{ auditLog(organisationId: "o-$w") { action } }', 'U F F F A F A'],
  ['auditLog (everything)', '{ auditLog { action } }', 'U F F F F F A'],
  ['exportData (organisation)', '{ exportData(format: JSON, organisationId: "o-$w") { bytes } }', 'U F F F A F A'],
  ['exportData (everything)', '{ exportData(format: JSON) { bytes } }', 'U F F F F F A'],
  [
    'setOrganisationRole',
    'mutation { setOrganisationRole(organisationId: "o-$w", email: "new-$w@example.org", role: VIEWER) { email } }',
    'U F F F A F A',
  ],
  ['search', '{ search(text: "人") { totalCount } }', 'U A A A A A A'],
  // Introduction requests: everyone signed in acts on their own part; these accounts are linked to
  // no person, so they may not ask, and no request is theirs.
  ['introductionRequests', '{ introductionRequests { id } }', 'U A A A A A A'],
  [
    'introductionRequest',
    '{ introductionRequest(id: "none") { id } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  ['introductionRequestsWaiting', '{ introductionRequestsWaiting }', 'U A A A A A A'],
  ['introductionCalibration', '{ introductionCalibration { requests } }', 'U F F F F F A'],
  ['introductionPreferences', '{ introductionPreferences { paused } }', 'U A A A A A A'],
  ['setIntroductionPreferences', 'mutation { setIntroductionPreferences(paused: false) { paused } }', 'U A A A A A A'],
  [
    'requestIntroduction',
    'mutation { requestIntroduction(path: ["m-$w", "n-$w", "m-$w"], message: "x") { id } }',
    'U BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT',
  ],
  [
    'decideIntroductionRequest',
    'mutation { decideIntroductionRequest(id: "none", decision: ACCEPT) { state } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  [
    'recordIntroductionOutcome',
    'mutation { recordIntroductionOutcome(id: "none", outcome: MET) { state } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  ['me', '{ me { email } }', 'A A A A A A A'],
  ['myData', '{ myData }', 'U A A A A A A'],
  ['editRights', '{ editRights(key: "Person:m-$w") { edit } }', 'U A A A A A A'],
  ['person', '{ person(id: "m-$w") { id } }', 'U A A A A A A'],
  ['organisation', '{ organisation(id: "o-$w") { id } }', 'U A A A A A A'],
  ['skill', '{ skill(id: "s-$w") { id } }', 'U A A A A A A'],
  ['project', '{ project(id: "j-$w") { id } }', 'U A A A A A A'],
  ['node', '{ node(key: "Organisation:o-$w") { __typename } }', 'U A A A A A A'],
  ['stats', '{ stats { people } }', 'U A A A A A A'],
  ['neighbourhood', '{ neighbourhood(ids: ["Organisation:o-$w"]) { truncated } }', 'U A A A A A A'],
  [
    'introductions',
    '{ introductions(from: { organisationId: "o-$w" }, to: { personId: "n-$w" }) { reach } }',
    'U A A A A A A',
  ],
  ['suggestedIntroductions', '{ suggestedIntroductions(personId: "m-$w") { score } }', 'U A A A A A A'],
  ['skillHierarchy', '{ skillHierarchy { __typename } }', 'U A A A A A A'],
  [
    'proposeTeams',
    '{ proposeTeams(organisationId: "o-$w", requiredSkills: [{ skillId: "s-$w" }]) { __typename } }',
    'U A A A A A A',
  ],
  ['stoMatching', '{ stoMatching { coverage } }', 'U A A A A A A'],
  // Team plans: read by the organisation's people with a role (others get none), saved by its
  // owners and editors; a plan that does not exist is not found for everyone.
  [
    'saveTeamPlan',
    'mutation { saveTeamPlan(input: { organisationId: "o-$w", name: "案", requiredSkills: [{ skillId: "s-$w" }] }) { id } }',
    'U F F A A F A',
  ],
  ['teamPlans', '{ teamPlans(organisationId: "o-$w") { id } }', 'U A A A A A A'],
  ['teamPlan', '{ teamPlan(id: "none") { id } }', 'U A A A A A A'],
  ['teamStartForProject', '{ teamStartForProject(projectId: "none") { core { id } } }', 'U A A A A A A'],
  [
    'deleteTeamPlan (none)',
    'mutation { deleteTeamPlan(id: "none") { id } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  [
    'projectFromTeamPlan (none)',
    'mutation { projectFromTeamPlan(id: "none", input: { name: "x" }) { id } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  // Saved views: every account its own; another's (or none) is not found for renames and deletes.
  [
    'saveView',
    'mutation { saveView(input: { name: "図", state: "?node=Person:m-$w", positions: [] }) { id } }',
    'U A A A A A A',
  ],
  ['savedViews', '{ savedViews { id } }', 'U A A A A A A'],
  ['savedView', '{ savedView(id: "none") { id } }', 'U A A A A A A'],
  [
    'renameView (none)',
    'mutation { renameView(id: "none", name: "x") { id } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  [
    'deleteView (none)',
    'mutation { deleteView(id: "none") { id } }',
    'U NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND NOT_FOUND',
  ],
  ['organisationAssets', '{ organisationAssets(organisationId: "o-$w") { __typename } }', 'U A A A A A A'],
  ['assetsReachPeople', '{ assetsReachPeople(organisationId: "o-$w") { __typename } }', 'U A A A A A A'],
  ['handoverPlan', '{ handoverPlan(organisationId: "o-$w", personId: "m-$w") { __typename } }', 'U A A A A A A'],
  ['assetsTrend', '{ assetsTrend(organisationId: "o-$w", dates: ["2026-01-01"]) { __typename } }', 'U A A A A A A'],
  ['networkAnalysis', '{ networkAnalysis { __typename } }', 'U A A A A A A'],
  ['importProgress (everything)', '{ importProgress(uploadId: "none") { state } }', 'U F F F F F A'],
  [
    'importProgress (organisation)',
    '{ importProgress(uploadId: "none", organisationId: "o-$w") { state } }',
    'U F F F A F A',
  ],
  ['interruptedImports (everything)', '{ interruptedImports { source } }', 'U F F F F F A'],
  ['interruptedImports (organisation)', '{ interruptedImports(organisationId: "o-$w") { source } }', 'U F F F A F A'],
  [
    'uploadImportChunk (everything)',
    'mutation { uploadImportChunk(fileName: "a.json", base64: "e30=") { id } }',
    'U F F F F F A',
  ],
  [
    'uploadImportChunk (organisation)',
    'mutation { uploadImportChunk(fileName: "a.json", base64: "e30=", organisationId: "o-$w") { id } }',
    'U F F F A F A',
  ],
  ['runImport (everything)', 'mutation { runImport(uploadId: "none", options: {}) { ok } }', 'U F F F F F NOT_FOUND'],
  [
    'runImport (organisation)',
    'mutation { runImport(uploadId: "none", options: {}, organisationId: "o-$w") { ok } }',
    'U F F F NOT_FOUND F NOT_FOUND',
  ],
  ['discardImportUpload (everything)', 'mutation { discardImportUpload(uploadId: "none") }', 'U F F F F F A'],
  [
    'discardImportUpload (organisation)',
    'mutation { discardImportUpload(uploadId: "none", organisationId: "o-$w") }',
    'U F F F A F A',
  ],
  ['startNetworkAnalysis', 'mutation { startNetworkAnalysis { __typename } }', 'U F F F F F A'],
  ['duplicates', '{ duplicates(kind: PERSON) { id } }', 'U F F F F F A'],
  ['mergePreview', '{ mergePreview(kind: PERSON, ids: ["m-$w", "n-$w"]) { kind } }', 'U F F F F F A'],
  ['merges', '{ merges { id } }', 'U F F F F F A'],
  ['undoMerge (unknown)', 'mutation { undoMerge(id: "no-merge") { id } }', 'U F F F F F NOT_FOUND'],
  [
    'eraseMe (a wrong confirmation)',
    'mutation { eraseMe(confirmEmail: "nobody@example.org") }',
    'U BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT BAD_USER_INPUT',
  ],
  [
    'createOrganisation',
    'mutation { createOrganisation(input: { name: "新団体 $w", sector: NPO }) { id } }',
    'U F F A A A A',
  ],
  ['createSkill', 'mutation { createSkill(input: { nameJa: "新技能 $w" }) { id } }', 'U F F A A A A'],
  ['createProject', 'mutation { createProject(input: { name: "新事業 $w" }) { id } }', 'U F F A A A A'],
  [
    'upsertPerson (choosing an id)',
    'mutation { upsertPerson(input: { id: "u-$w", name: "x" }) { id } }',
    'U F F F F F A',
  ],
  [
    'upsertOrganisation (choosing an id)',
    'mutation { upsertOrganisation(input: { id: "uo-$w", name: "x", sector: NPO }) { id } }',
    'U F F F F F A',
  ],
  [
    'upsertSkill (choosing an id)',
    'mutation { upsertSkill(input: { id: "us-$w", nameJa: "x" }) { id } }',
    'U F F F F F A',
  ],
  [
    'upsertProject (choosing an id)',
    'mutation { upsertProject(input: { id: "uj-$w", name: "x" }) { id } }',
    'U F F F F F A',
  ],
  [
    'updateMembership',
    'mutation { updateMembership(personId: "m-$w", organisationId: "o-$w", patch: { role: "理事" }) { role } }',
    'U F F A A F A',
  ],
  [
    'createSkillHolding (a member)',
    'mutation { createSkillHolding(input: { personId: "m-$w", skillId: "s-$w", level: 3 }) { level } }',
    'U F F A A F A',
  ],
  [
    'updateSkillHolding',
    'mutation { updateSkillHolding(personId: "m-$w", skillId: "s-$w", patch: { level: 4 }) { level } }',
    'U F F A A F A',
  ],
  [
    'createParticipation (a member)',
    'mutation { createParticipation(input: { personId: "m-$w", projectId: "j-$w" }) { role } }',
    'U F F A A F A',
  ],
  [
    'updateParticipation',
    'mutation { updateParticipation(personId: "m-$w", projectId: "j-$w", patch: { role: "x" }) { role } }',
    'U F F A A F A',
  ],
  [
    'updateTie',
    'mutation { updateTie(personId: "m-$w", otherPersonId: "n-$w", patch: { strength: 2 }) { strength } }',
    'U F F A A A A',
  ],
  [
    'createProjectOrganisation (a partner)',
    'mutation { createProjectOrganisation(input: { organisationId: "o-$w", projectId: "j-$w", role: PARTNER }) { role } }',
    'U F F A A F A',
  ],
  [
    'updateNeed',
    'mutation { updateNeed(organisationId: "o-$w", skillId: "s-$w", patch: { priority: 2 }) { priority } }',
    'U F F A A F A',
  ],
  // The administrator merges its own column's skill written twice (us-admin into s-admin).
  [
    'mergeRecords',
    'mutation { mergeRecords(kind: SKILL, keepId: "s-$w", mergeIds: ["us-$w"]) { keepId } }',
    'U F F F F F A',
  ],
  [
    'deleteProjectOrganisation',
    'mutation { deleteProjectOrganisation(organisationId: "o-$w", projectId: "j-$w", role: PARTNER) { relationshipsRemoved } }',
    'U F F A A F A',
  ],
  [
    'deleteNeed',
    'mutation { deleteNeed(organisationId: "o-$w", skillId: "s-$w") { relationshipsRemoved } }',
    'U F F A A F A',
  ],
  [
    'deleteTie',
    'mutation { deleteTie(personId: "m-$w", otherPersonId: "n-$w") { relationshipsRemoved } }',
    'U F F A A A A',
  ],
  [
    'deleteParticipation',
    'mutation { deleteParticipation(personId: "m-$w", projectId: "j-$w") { relationshipsRemoved } }',
    'U F F A A F A',
  ],
  [
    'deleteSkillHolding',
    'mutation { deleteSkillHolding(personId: "m-$w", skillId: "s-$w") { relationshipsRemoved } }',
    'U F F A A F A',
  ],
  [
    'deleteMembership',
    'mutation { deleteMembership(personId: "n-$w", organisationId: "o-$w") { relationshipsRemoved } }',
    'U F F A A F A',
  ],
  ['deleteProject', 'mutation { deleteProject(id: "j-$w") { relationshipsRemoved } }', 'U F F A A F A'],
  ['deletePerson (a member)', 'mutation { deletePerson(id: "m-$w") { id } }', 'U F F A A F A'],
  ['deleteSkill', 'mutation { deleteSkill(id: "s-$w") { id } }', 'U F F F F F A'],
  ['deleteOrganisation', 'mutation { deleteOrganisation(id: "o-$w") { id } }', 'U F F F A F A'],
];

let db: Db;
let admin: Api;
const clients = new Map<Who, Api>();

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await db.autoCommit('test-wipe-accounts');
  admin = await startApi(db);
  const lines = WHO.flatMap((w) => [
    `o_${w}: createOrganisation(input: { id: "o-${w}", name: "団体 ${w}", sector: NPO }) { id }`,
    `m_${w}: createPerson(input: { id: "m-${w}", name: "会員 ${w}" }) { id }`,
    `n_${w}: createPerson(input: { id: "n-${w}", name: "無所属 ${w}" }) { id }`,
    `s_${w}: createSkill(input: { id: "s-${w}", nameJa: "技能 ${w}" }) { id }`,
    `j_${w}: createProject(input: { id: "j-${w}", name: "事業 ${w}" }) { id }`,
    `mo_${w}: createMembership(input: { personId: "m-${w}", organisationId: "o-${w}" }) { since }`,
    `jo_${w}: createProjectOrganisation(input: { organisationId: "o-${w}", projectId: "j-${w}", role: LEAD }) { role }`,
  ]);
  lines.push('x: createOrganisation(input: { id: "x-other", name: "別の団体", sector: NPO }) { id }');
  const setup = await admin.gql(`mutation { ${lines.join('\n')} }`);
  expect(setup.errors).toBeUndefined();
  const role = (organisation: string, email: string, r: string) =>
    admin.gql(
      `mutation { setOrganisationRole(organisationId: "${organisation}", email: "${email}", role: ${r}) { email } }`,
    );
  for (const [w, r] of [
    ['viewer', 'VIEWER'],
    ['editor', 'EDITOR'],
    ['owner', 'OWNER'],
  ] as const)
    expect((await role(`o-${w}`, `${w}@example.org`, r)).errors).toBeUndefined();
  expect((await role('x-other', 'other@example.org', 'EDITOR')).errors).toBeUndefined();
  clients.set('anonymous', await admin.as(null));
  for (const w of ['none', 'viewer', 'editor', 'owner', 'other'] as const)
    clients.set(w, await admin.as(`${w}@example.org`));
  clients.set('admin', await admin.as('admin@example.org', true));
});
afterAll(async () => {
  await admin?.close();
  await db?.close();
});

describe('the authorisation matrix', () => {
  it('executes every operation of the schema', () => {
    const named = new Set(MATRIX.map(([name]) => name.split(' ')[0]));
    const schema = apiSchema();
    const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.keys(root.getFields()),
    );
    expect(operations.filter((op) => !named.has(op))).toEqual([]);
  });

  it('answers every operation for every role exactly as written down', async () => {
    const mismatches: string[] = [];
    for (const [name, query, expected] of MATRIX) {
      const want = expected.split(' ');
      for (const [i, w] of WHO.entries()) {
        const res = await clients.get(w)!.gql(query.replaceAll('$w', w));
        const code = res.errors?.[0]?.extensions?.code;
        const got = code === undefined ? 'A' : code === 'FORBIDDEN' ? 'F' : code === 'UNAUTHENTICATED' ? 'U' : code;
        if (got !== want[i])
          mismatches.push(`${name} as ${w}: expected ${want[i]}, got ${got} (${res.errors?.[0]?.message ?? 'ok'})`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
