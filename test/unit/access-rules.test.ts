/**
 * Every operation of the schema has an access rule, and every rule names an operation: a new query
 * or mutation fails here until it is classified in server/api/access.ts.
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ACCESS, checkAccess } from '../../server/api/access.ts';
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
    checkAccess(operation, who, args);
    return 'allowed';
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

  it('refuse anonymous callers everything but me, and non-administrators every administrator operation', () => {
    for (const operation of operations) {
      const access = ACCESS[operation];
      expect(outcome(operation, null), operation).toBe(access === 'public' ? 'allowed' : 'UNAUTHENTICATED');
      expect(outcome(operation, viewer({ administrator: true })), operation).toBe('allowed');
      expect(outcome(operation, viewer(), { id: 'p9' }), operation).toBe(
        access === 'public' || access === 'signed-in' ? 'allowed' : 'FORBIDDEN',
      );
    }
  });

  it('let a person update their own record only', () => {
    expect(outcome('Mutation.updatePerson', viewer(), { id: 'p2' })).toBe('allowed');
    expect(outcome('Mutation.updatePerson', viewer(), { id: 'p3' })).toBe('FORBIDDEN');
    expect(outcome('Mutation.updatePerson', viewer({ personId: null }), { id: 'p2' })).toBe('FORBIDDEN');
    expect(outcome('Mutation.deletePerson', viewer(), { id: 'p2' })).toBe('FORBIDDEN');
  });
});
