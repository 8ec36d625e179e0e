/**
 * IDOR probes: for every argument of the API that takes an id, the id of a record the asker may
 * not see — a hidden person of another organisation, another account's upload, an organisation
 * they hold no owner role in — gets exactly the answer a random id gets (the id itself aside).
 * Arguments naming records every signed-in account sees (organisations, skills, projects, the
 * shared analysis job) are listed with that reason. The table is checked against the schema: a new
 * id argument fails this file until it is classified.
 */
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { startApi, type Api } from '../helpers/api.ts';
import { testDb, wipe } from '../helpers/db.ts';
import { apiSchema } from '../helpers/select-all.ts';

type Probe = 'hidden person' | 'upload' | 'organisation without a role';
/** `Root.field arg.path` → a probe and the request ($ID the probed id), or why no probe applies. */
const TABLE: Record<string, [Probe, string] | string> = {
  'Query.person id': ['hidden person', '{ person(id: "$ID") { id name } }'],
  'Query.organisation id': 'organisations are visible to every signed-in account',
  'Query.skill id': 'skills are visible to every signed-in account',
  'Query.project id': 'projects are visible to every signed-in account',
  'Query.node key': ['hidden person', '{ node(key: "Person:$ID") { __typename } }'],
  'Query.organisationAccounts organisationId': [
    'organisation without a role',
    '{ organisationAccounts(organisationId: "$ID") { email } }',
  ],
  'Query.auditLog organisationId': ['organisation without a role', '{ auditLog(organisationId: "$ID") { action } }'],
  'Query.editRights key': ['hidden person', '{ editRights(key: "Person:$ID") { edit delete } }'],
  'Query.organisationAssets organisationId': 'organisations are visible to every signed-in account',
  'Query.organisationAssets skillIds': 'skills are visible to every signed-in account',
  'Query.assetsReachPeople organisationId': 'organisations are visible to every signed-in account',
  'Query.assetsReachPeople skillId': 'skills are visible to every signed-in account',
  'Query.handoverPlan organisationId': 'organisations are visible to every signed-in account',
  'Query.handoverPlan personId': [
    'hidden person',
    '{ handoverPlan(organisationId: "oa", personId: "$ID") { person { id } } }',
  ],
  'Query.assetsTrend organisationId': 'organisations are visible to every signed-in account',
  'Query.networkAnalysis jobId': 'the network analysis is one shared job, the same for every account',
  'Query.importProgress uploadId': ['upload', '{ importProgress(uploadId: "$ID") { state } }'],
  'Query.introductionRequest id':
    'a request the asker is not on (or that has not reached them) answers exactly as an unknown id: test/int/requests.int.test.ts',
  'Mutation.requestIntroduction path': [
    'hidden person',
    'mutation { requestIntroduction(path: ["me", "ma", "$ID"], message: "x") { id } }',
  ],
  'Mutation.decideIntroductionRequest id': 'as Query.introductionRequest id',
  'Mutation.decideIntroductionRequest suggestedPersonId': [
    'hidden person',
    'mutation { decideIntroductionRequest(id: "none", decision: SUGGEST, suggestedPersonId: "$ID") { state } }',
  ],
  'Mutation.recordIntroductionOutcome id': 'as Query.introductionRequest id',
  'Query.importProgress organisationId': [
    'organisation without a role',
    '{ importProgress(uploadId: "Zm9vYmFyYmF6cXV4", organisationId: "$ID") { state } }',
  ],
  'Query.interruptedImports organisationId': [
    'organisation without a role',
    '{ interruptedImports(organisationId: "$ID") { source } }',
  ],
  'Mutation.uploadImportChunk organisationId': [
    'organisation without a role',
    'mutation { uploadImportChunk(fileName: "a.json", base64: "e30=", organisationId: "$ID") { id } }',
  ],
  'Mutation.runImport organisationId': [
    'organisation without a role',
    'mutation { runImport(uploadId: "Zm9vYmFyYmF6cXV4", options: {}, organisationId: "$ID") { ok } }',
  ],
  'Mutation.discardImportUpload organisationId': [
    'organisation without a role',
    'mutation { discardImportUpload(uploadId: "Zm9vYmFyYmF6cXV4", organisationId: "$ID") }',
  ],
  'Query.exportData organisationId': [
    'organisation without a role',
    '{ exportData(format: JSON, organisationId: "$ID") { bytes } }',
  ],
  'Query.neighbourhood ids': ['hidden person', '{ neighbourhood(ids: ["Person:$ID"]) { nodes { key } } }'],
  'Query.neighbourhood skills': 'skills are visible to every signed-in account',
  'Query.neighbourhood organisation': 'organisations are visible to every signed-in account',
  'Query.introductions from.personId': [
    'hidden person',
    '{ introductions(from: { personId: "$ID" }, to: { personId: "ma" }) { reach } }',
  ],
  'Query.introductions from.organisationId': 'organisations are visible to every signed-in account',
  'Query.introductions to.personId': [
    'hidden person',
    '{ introductions(from: { personId: "ma" }, to: { personId: "$ID" }) { reach } }',
  ],
  'Query.introductions to.skillId': 'skills are visible to every signed-in account',
  'Query.introductions to.organisationId': 'organisations are visible to every signed-in account',
  'Query.introductions exclude': [
    'hidden person',
    '{ introductions(from: { personId: "ma" }, to: { personId: "mb" }, exclude: ["$ID"]) { reach paths { score } } }',
  ],
  'Query.suggestedIntroductions personId': ['hidden person', '{ suggestedIntroductions(personId: "$ID") { score } }'],
  'Query.suggestedIntroductions organisationId': 'organisations are visible to every signed-in account',
  'Query.stoMatching organisationIds': 'organisations are visible to every signed-in account',
  'Query.stoMatching stoIds': ['hidden person', '{ stoMatching(stoIds: ["$ID"]) { coverage } }'],
  'Query.stoMatching locked.stoId': [
    'hidden person',
    '{ stoMatching(locked: [{ stoId: "$ID", organisationId: "oa" }]) { coverage } }',
  ],
  'Query.stoMatching locked.organisationId': 'organisations are visible to every signed-in account',
  'Query.stoMatching forbidden.stoId': [
    'hidden person',
    '{ stoMatching(forbidden: [{ stoId: "$ID", organisationId: "oa" }]) { coverage } }',
  ],
  'Query.stoMatching forbidden.organisationId': 'organisations are visible to every signed-in account',
  'Query.teamPlans organisationId': ['organisation without a role', '{ teamPlans(organisationId: "$ID") { id } }'],
  'Query.teamPlan id':
    'a plan of an organisation the asker holds no role in reads null, exactly as an unknown id (team-plans.int.test.ts)',
  'Query.teamStartForProject projectId':
    "projects are visible to every signed-in account; the plan and people in the answer go through the reader's sight (team-plans.int.test.ts)",
  'Query.savedView id':
    "a view's id is its share link: anyone signed in opens it, through their own sight (saved-views.int.test.ts)",
  'Mutation.renameView id': "another account's view answers exactly as an unknown id (saved-views.int.test.ts)",
  'Mutation.deleteView id': "another account's view answers exactly as an unknown id (saved-views.int.test.ts)",
  'Mutation.saveView input.positions.key': [
    'hidden person',
    'mutation { saveView(input: { name: "x", state: "", positions: [{ key: "Person:$ID", x: 0, y: 0 }] }) { id } }',
  ],
  'Mutation.saveView input.introduction.from': [
    'hidden person',
    'mutation { saveView(input: { name: "x", state: "", positions: [], introduction: { from: "Person:$ID", to: "Person:ma" } }) { id } }',
  ],
  'Mutation.saveView input.introduction.to': [
    'hidden person',
    'mutation { saveView(input: { name: "x", state: "", positions: [], introduction: { from: "Person:ma", to: "Person:$ID" } }) { id } }',
  ],
  'Mutation.saveTeamPlan input.organisationId': [
    'organisation without a role',
    'mutation { saveTeamPlan(input: { organisationId: "$ID", name: "x", requiredSkills: [{ skillId: "s1" }] }) { id } }',
  ],
  'Mutation.saveTeamPlan input.requiredSkills.skillId': 'skills are visible to every signed-in account',
  'Mutation.saveTeamPlan input.core':
    'read exactly as proposeTeams core (probed above), and a successful save writes, which a probe may not',
  'Mutation.saveTeamPlan input.excludePeople':
    'read exactly as proposeTeams excludePeople (probed above), and a successful save writes, which a probe may not',
  'Mutation.deleteTeamPlan id':
    'a plan of an organisation the asker holds no role in is NOT_FOUND, exactly as an unknown id (team-plans.int.test.ts)',
  'Mutation.projectFromTeamPlan id':
    'a plan of an organisation the asker holds no role in is NOT_FOUND, exactly as an unknown id (team-plans.int.test.ts)',
  'Query.proposeTeams organisationId': 'organisations are visible to every signed-in account',
  'Query.proposeTeams requiredSkills.skillId': 'skills are visible to every signed-in account',
  'Query.proposeTeams core': [
    'hidden person',
    '{ proposeTeams(organisationId: "oa", requiredSkills: [{ skillId: "s1" }], core: ["$ID"]) { __typename } }',
  ],
  'Query.proposeTeams excludePeople': [
    'hidden person',
    '{ proposeTeams(organisationId: "oa", requiredSkills: [{ skillId: "s1" }], excludePeople: ["$ID"]) { __typename } }',
  ],
  'Mutation.createPerson input.id': [
    'hidden person',
    'mutation { createPerson(input: { id: "$ID", name: "x" }) { id } }',
  ],
  'Mutation.upsertPerson input.id': [
    'hidden person',
    'mutation { upsertPerson(input: { id: "$ID", name: "x" }) { id } }',
  ],
  'Mutation.updatePerson id': ['hidden person', 'mutation { updatePerson(id: "$ID", patch: { bio: "x" }) { id } }'],
  'Mutation.deletePerson id': ['hidden person', 'mutation { deletePerson(id: "$ID") { relationshipsRemoved } }'],
  'Mutation.createOrganisation input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.upsertOrganisation input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.updateOrganisation id': 'organisations are visible to every signed-in account',
  'Mutation.deleteOrganisation id': 'organisations are visible to every signed-in account',
  'Mutation.createSkill input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.createSkill input.broaderId': 'skills are visible to every signed-in account',
  'Mutation.upsertSkill input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.upsertSkill input.broaderId': 'skills are visible to every signed-in account',
  'Mutation.updateSkill id': 'skills are visible to every signed-in account',
  'Mutation.updateSkill patch.broaderId': 'skills are visible to every signed-in account',
  'Mutation.deleteSkill id': 'skills are visible to every signed-in account',
  'Mutation.createProject input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.upsertProject input.id': 'choosing an id is for administrators only (FORBIDDEN whatever the id)',
  'Mutation.updateProject id': 'projects are visible to every signed-in account',
  'Mutation.deleteProject id': 'projects are visible to every signed-in account',
  'Mutation.createMembership input.personId': [
    'hidden person',
    'mutation { createMembership(input: { personId: "$ID", organisationId: "oa" }) { since } }',
  ],
  'Mutation.createMembership input.organisationId': 'organisations are visible to every signed-in account',
  'Mutation.updateMembership personId': [
    'hidden person',
    'mutation { updateMembership(personId: "$ID", organisationId: "ob", patch: { role: "x" }) { role } }',
  ],
  'Mutation.updateMembership organisationId': 'organisations are visible to every signed-in account',
  'Mutation.deleteMembership personId': [
    'hidden person',
    'mutation { deleteMembership(personId: "$ID", organisationId: "ob") { relationshipsRemoved } }',
  ],
  'Mutation.deleteMembership organisationId': 'organisations are visible to every signed-in account',
  'Mutation.createSkillHolding input.personId': [
    'hidden person',
    'mutation { createSkillHolding(input: { personId: "$ID", skillId: "s1", level: 3 }) { level } }',
  ],
  'Mutation.createSkillHolding input.skillId': 'skills are visible to every signed-in account',
  'Mutation.updateSkillHolding personId': [
    'hidden person',
    'mutation { updateSkillHolding(personId: "$ID", skillId: "s1", patch: { level: 2 }) { level } }',
  ],
  'Mutation.updateSkillHolding skillId': 'skills are visible to every signed-in account',
  'Mutation.deleteSkillHolding personId': [
    'hidden person',
    'mutation { deleteSkillHolding(personId: "$ID", skillId: "s1") { relationshipsRemoved } }',
  ],
  'Mutation.deleteSkillHolding skillId': 'skills are visible to every signed-in account',
  'Mutation.createParticipation input.personId': [
    'hidden person',
    'mutation { createParticipation(input: { personId: "$ID", projectId: "ja" }) { role } }',
  ],
  'Mutation.createParticipation input.projectId': 'projects are visible to every signed-in account',
  'Mutation.updateParticipation personId': [
    'hidden person',
    'mutation { updateParticipation(personId: "$ID", projectId: "ja", patch: { role: "x" }) { role } }',
  ],
  'Mutation.updateParticipation projectId': 'projects are visible to every signed-in account',
  'Mutation.deleteParticipation personId': [
    'hidden person',
    'mutation { deleteParticipation(personId: "$ID", projectId: "ja") { relationshipsRemoved } }',
  ],
  'Mutation.deleteParticipation projectId': 'projects are visible to every signed-in account',
  'Mutation.createTie input.personId': [
    'hidden person',
    'mutation { createTie(input: { personId: "$ID", otherPersonId: "ma", strength: 3 }) { strength } }',
  ],
  'Mutation.createTie input.otherPersonId': [
    'hidden person',
    'mutation { createTie(input: { personId: "ma", otherPersonId: "$ID", strength: 3 }) { strength } }',
  ],
  'Mutation.updateTie personId': [
    'hidden person',
    'mutation { updateTie(personId: "$ID", otherPersonId: "ma", patch: { strength: 2 }) { strength } }',
  ],
  'Mutation.updateTie otherPersonId': [
    'hidden person',
    'mutation { updateTie(personId: "ma", otherPersonId: "$ID", patch: { strength: 2 }) { strength } }',
  ],
  'Mutation.deleteTie personId': [
    'hidden person',
    'mutation { deleteTie(personId: "$ID", otherPersonId: "ma") { relationshipsRemoved } }',
  ],
  'Mutation.deleteTie otherPersonId': [
    'hidden person',
    'mutation { deleteTie(personId: "ma", otherPersonId: "$ID") { relationshipsRemoved } }',
  ],
  'Mutation.createProjectOrganisation input.organisationId': 'organisations are visible to every signed-in account',
  'Mutation.createProjectOrganisation input.projectId': 'projects are visible to every signed-in account',
  'Mutation.deleteProjectOrganisation organisationId': 'organisations are visible to every signed-in account',
  'Mutation.deleteProjectOrganisation projectId': 'projects are visible to every signed-in account',
  'Mutation.createNeed input.organisationId': 'organisations are visible to every signed-in account',
  'Mutation.createNeed input.skillId': 'skills are visible to every signed-in account',
  'Mutation.updateNeed organisationId': 'organisations are visible to every signed-in account',
  'Mutation.updateNeed skillId': 'skills are visible to every signed-in account',
  'Mutation.deleteNeed organisationId': 'organisations are visible to every signed-in account',
  'Mutation.deleteNeed skillId': 'skills are visible to every signed-in account',
  'Mutation.setOrganisationRole organisationId': [
    'organisation without a role',
    'mutation { setOrganisationRole(organisationId: "$ID", email: "x@example.org", role: VIEWER) { email } }',
  ],
  'Mutation.uploadImportChunk uploadId': [
    'upload',
    'mutation { uploadImportChunk(uploadId: "$ID", fileName: "a.json", base64: "e30=") { id } }',
  ],
  'Mutation.runImport uploadId': ['upload', 'mutation { runImport(uploadId: "$ID", options: {}) { __typename } }'],
  'Mutation.runImport options.me': [
    'hidden person',
    'mutation { runImport(uploadId: "nothing", options: { me: "$ID" }) { __typename } }',
  ],
  'Mutation.runImport options.decisions.importedId':
    "an id a file gives one of its rows; the decision applies only to that row's own match",
  'Mutation.runImport options.decisions.targetId': [
    'hidden person',
    'mutation { runImport(uploadId: "nothing", options: { decisions: [{ kind: PERSON, importedId: "x", targetId: "$ID", same: true }] }) { __typename } }',
  ],
  'Query.mergePreview ids': 'administrators only: they see every record',
  'Mutation.mergeRecords keepId': 'administrators only: they see every record',
  'Mutation.mergeRecords mergeIds': 'administrators only: they see every record',
  'Mutation.mergeRecords choices.fromId': 'administrators only: they see every record',
  'Mutation.undoMerge id': 'administrators only: a merge is not a record of anyone',
  'Mutation.discardImportUpload uploadId': ['upload', 'mutation { discardImportUpload(uploadId: "$ID") }'],
};

/** Every id argument of the schema, as `Root.field arg.path`. */
function idArguments(): string[] {
  const schema = apiSchema();
  const paths = (type: GraphQLInputType, prefix: string): string[] => {
    const named = getNamedType(type);
    if (named.name === 'ID') return [prefix];
    if (!isInputObjectType(named)) return [];
    return Object.values(named.getFields()).flatMap((f) => paths(f.type, `${prefix}.${f.name}`));
  };
  return [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
    Object.values(root.getFields()).flatMap((field) =>
      field.args.flatMap((arg) => paths(arg.type, arg.name).map((p) => `${root.name}.${field.name} ${p}`)),
    ),
  );
}

let db: Db;
let admin: Api;
let editor: Api;
let otherAdministrator: Api;
let upload = '';
/** A never-used id per probe: a probe that wrongly created its random id must not mask the next one. */
let fresh = 0;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await db.autoCommit('test-wipe-accounts');
  admin = await startApi(db);
  const res = await admin.gql(`mutation {
    oa: createOrganisation(input: { id: "oa", name: "団体A", sector: NPO }) { id }
    ob: createOrganisation(input: { id: "ob", name: "団体B", sector: NPO }) { id }
    s1: createSkill(input: { id: "s1", nameJa: "会計" }) { id }
    ja: createProject(input: { id: "ja", name: "事業A" }) { id }
    me: createPerson(input: { id: "me", name: "自分", email: "editor@idor.example.org" }) { id }
    ma: createPerson(input: { id: "ma", name: "会員A" }) { id }
    mb: createPerson(input: { id: "mb", name: "会員B" }) { id }
    h: createPerson(input: { id: "hidden-b", name: "非公開", discoverable: false }) { id }
    m1: createMembership(input: { personId: "me", organisationId: "oa" }) { since }
    m2: createMembership(input: { personId: "ma", organisationId: "oa" }) { since }
    m3: createMembership(input: { personId: "mb", organisationId: "ob" }) { since }
    m4: createMembership(input: { personId: "hidden-b", organisationId: "ob" }) { since }
    h1: createSkillHolding(input: { personId: "hidden-b", skillId: "s1", level: 4 }) { level }
    p1: createParticipation(input: { personId: "hidden-b", projectId: "ja" }) { role }
    t1: createTie(input: { personId: "ma", otherPersonId: "hidden-b", strength: 4 }) { strength }
    t2: createTie(input: { personId: "ma", otherPersonId: "mb", strength: 4 }) { strength }
    r: setOrganisationRole(organisationId: "oa", email: "editor@idor.example.org", role: EDITOR) { email }
  }`);
  expect(res.errors).toBeUndefined();
  const chunk = await admin.gql<{ uploadImportChunk: { id: string } }>(
    'mutation { uploadImportChunk(fileName: "a.json", base64: "e30=") { id } }',
  );
  upload = chunk.data!.uploadImportChunk.id;
  editor = await admin.as('editor@idor.example.org');
  otherAdministrator = await admin.as('second-admin@idor.example.org', true);
});
afterAll(async () => {
  await admin?.close();
  await db?.close();
});

describe('IDOR probes', () => {
  it('classifies every id argument of the schema', () => {
    const unclassified = idArguments().filter((a) => !(a in TABLE));
    expect(unclassified, 'add these to TABLE with a probe or a reason').toEqual([]);
    expect(Object.keys(TABLE).filter((a) => !idArguments().includes(a))).toEqual([]);
  });

  const probes = Object.entries(TABLE).filter((e): e is [string, [Probe, string]] => typeof e[1] !== 'string');
  it.each(probes)('%s: a record the asker may not see answers as a random id', async (_, [probe, request]) => {
    const [who, seen, random] =
      probe === 'hidden person'
        ? [editor, 'hidden-b', `p-nowhere-${++fresh}`]
        : probe === 'upload'
          ? [otherAdministrator, upload, 'Zm9vYmFyYmF6cXV4']
          : [editor, 'ob', `o-nowhere-${++fresh}`];
    const answer = async (id: string) => {
      const res = await who.gql(request.replaceAll('$ID', id));
      return JSON.stringify(res).replaceAll(id, '<id>');
    };
    const before = await db.read((tx) => tx.run('test-properties-but-counters'));
    const [a, b] = [await answer(seen), await answer(random)];
    // A request the schema refuses would answer alike whatever the id: the probe must really run.
    expect(a).not.toContain('GRAPHQL_VALIDATION_FAILED');
    expect(a).toBe(b);
    // And the probe changed nothing.
    expect(await db.read((tx) => tx.run('test-properties-but-counters'))).toEqual(before);
  });
});
