/**
 * Every operation of the schema has an access rule, and every rule names an operation: a new query
 * or mutation fails here until it is classified in server/api/access.ts.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCESS, checkAccess } from '../../server/api/access.ts';
import { writeRefusal, type RecordFacts } from '../../server/auth/write-access.ts';
import { typeDefs } from '../../server/api/schema.ts';
import type { Viewer } from '../../server/shared/viewer.ts';

const schema = buildSchema(typeDefs.join('\n'));
const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
  Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
);

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  accountId: 'a1',
  email: 'ken@example.org',
  personId: 'p2',
  administrator: false,
  roles: new Map(),
  ...over,
});

const outcome = (operation: string, who: Viewer | null, args: Record<string, unknown> = {}) => {
  try {
    return checkAccess(operation, who, args);
  } catch (error) {
    return (error as { extensions: { code: string } }).extensions.code;
  }
};

describe('access rules', () => {
  it('classify every query and mutation, and nothing else', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(
      operations.filter((op) => !(op in ACCESS)),
      'operations without a rule',
    ).toEqual([]);
    expect(
      Object.keys(ACCESS).filter((op) => !operations.includes(op)),
      'rules without an operation',
    ).toEqual([]);
  });

  it('refuse anonymous callers everything but me; send writes to the record check; keep administrator operations', () => {
    for (const operation of operations) {
      const access = ACCESS[operation];
      expect(outcome(operation, null), operation).toBe(access === 'public' ? 'allowed' : 'UNAUTHENTICATED');
      expect(outcome(operation, viewer({ administrator: true })), operation).toBe(
        access === 'editor' ? 'record' : 'allowed',
      );
      expect(outcome(operation, viewer()), operation).toBe(
        access === 'editor' ? 'record' : access === 'administrator' || access === 'owner' ? 'FORBIDDEN' : 'allowed',
      );
    }
  });

  it("let an organisation's owners, and nobody else, manage its roles", () => {
    const owner = viewer({
      roles: new Map([
        ['o1', 'owner'],
        ['o2', 'editor'],
      ]),
    });
    expect(outcome('Mutation.setOrganisationRole', owner, { organisationId: 'o1' })).toBe('allowed');
    expect(outcome('Mutation.setOrganisationRole', owner, { organisationId: 'o2' })).toBe('FORBIDDEN');
    expect(outcome('Query.organisationAccounts', owner, { organisationId: 'o3' })).toBe('FORBIDDEN');
  });
});

describe('who may write which record', () => {
  // p2 is the viewer; o1 is theirs to edit, o2 to own, o3 someone else's.
  const facts = new Map<string, RecordFacts>([
    ['Person:p2', { exists: true, hidden: false, organisations: ['o3'] }],
    ['Person:p1', { exists: true, hidden: false, organisations: ['o1', 'o3'] }],
    ['Person:p3', { exists: true, hidden: false, organisations: ['o3'] }],
    ['Person:p4', { exists: true, hidden: false, organisations: [] }],
    ['Person:p5', { exists: true, hidden: true, organisations: ['o3'] }],
    ['Organisation:o1', { exists: true, hidden: false, organisations: ['o1'] }],
    ['Organisation:o2', { exists: true, hidden: false, organisations: ['o2'] }],
    ['Organisation:o3', { exists: true, hidden: false, organisations: ['o3'] }],
    ['Project:j1', { exists: true, hidden: false, organisations: ['o3'] }],
    ['Project:j2', { exists: true, hidden: false, organisations: ['o1'] }],
    ['Skill:s1', { exists: true, hidden: false, organisations: [] }],
  ]);
  const editor = viewer({
    roles: new Map([
      ['o1', 'editor'],
      ['o2', 'owner'],
      ['o9', 'viewer'],
    ]),
  });
  const reader = viewer({ roles: new Map([['o1', 'viewer']]) });
  const may = (who: Viewer, field: string, args: Record<string, unknown>) =>
    writeRefusal(who, field, args, facts) === null;

  it("lets editors write their organisations' people, projects and the organisations themselves", () => {
    expect(may(editor, 'updatePerson', { id: 'p1' })).toBe(true);
    expect(may(editor, 'updatePerson', { id: 'p3' })).toBe(false);
    expect(may(editor, 'updatePerson', { id: 'p4' })).toBe(true); // in no organisation yet
    expect(may(editor, 'updateOrganisation', { id: 'o1' })).toBe(true);
    expect(may(editor, 'updateOrganisation', { id: 'o3' })).toBe(false);
    expect(may(editor, 'updateProject', { id: 'j2' })).toBe(true);
    expect(may(editor, 'deleteProject', { id: 'j1' })).toBe(false);
    expect(may(editor, 'upsertPerson', { input: { id: 'p3', name: 'x' } })).toBe(false);
    // Only administrators choose a new record's id: a taken id must answer as a free one would.
    expect(may(editor, 'upsertPerson', { input: { id: 'new', name: 'x' } })).toBe(false);
    expect(may(editor, 'createPerson', { input: { id: 'new', name: 'x' } })).toBe(false);
    expect(may(editor, 'createOrganisation', { input: { name: 'x' } })).toBe(true);
  });

  it('keeps deleting an organisation for its owners and a skill for administrators', () => {
    expect(may(editor, 'deleteOrganisation', { id: 'o1' })).toBe(false);
    expect(may(editor, 'deleteOrganisation', { id: 'o2' })).toBe(true);
    expect(may(editor, 'updateSkill', { id: 's1' })).toBe(true);
    expect(may(editor, 'deleteSkill', { id: 's1' })).toBe(false);
    expect(may(viewer({ administrator: true }), 'deleteSkill', { id: 's1' })).toBe(true);
  });

  it('lets people write their own record, skills and ties, but not join an organisation by themselves', () => {
    expect(may(reader, 'updatePerson', { id: 'p2' })).toBe(true);
    expect(may(reader, 'updatePerson', { id: 'p1' })).toBe(false);
    expect(may(reader, 'createSkillHolding', { input: { personId: 'p2', skillId: 's1', level: 3 } })).toBe(true);
    expect(may(reader, 'createTie', { input: { personId: 'p3', otherPersonId: 'p2', strength: 3 } })).toBe(true);
    expect(may(reader, 'deleteTie', { personId: 'p1', otherPersonId: 'p3' })).toBe(false);
    expect(may(reader, 'createMembership', { input: { personId: 'p2', organisationId: 'o3' } })).toBe(false);
    expect(may(reader, 'createPerson', { input: { name: 'x' } })).toBe(false);
    expect(may(reader, 'deletePerson', { id: 'p2' })).toBe(false);
  });

  it('decides relationships by the organisation for memberships, needs and project roles', () => {
    expect(may(editor, 'createMembership', { input: { personId: 'p3', organisationId: 'o1' } })).toBe(true);
    expect(may(editor, 'deleteMembership', { personId: 'p1', organisationId: 'o3' })).toBe(false);
    expect(may(editor, 'createNeed', { input: { organisationId: 'o2', skillId: 's1', priority: 1 } })).toBe(true);
    expect(
      may(editor, 'createProjectOrganisation', { input: { organisationId: 'o1', projectId: 'j1', role: 'partner' } }),
    ).toBe(true);
    expect(may(editor, 'createParticipation', { input: { personId: 'p3', projectId: 'j2' } })).toBe(true);
    expect(may(editor, 'createParticipation', { input: { personId: 'p3', projectId: 'j1' } })).toBe(false);
  });
});
