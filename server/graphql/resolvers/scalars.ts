import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from '../generated/resolvers.ts';

/**
 * Dates travel as strings; whether a string is a real calendar date is checked by the domain's
 * validation, so every bad date gets the same BAD_USER_INPUT error naming its field.
 */
const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string') throw new GraphQLError('a Date must be a string written YYYY-MM-DD');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('a Date must be a string written YYYY-MM-DD');
    return ast.value;
  },
});

/** GraphQL enum names ↔ the values stored in Neo4j (mirrors enumValues in codegen.ts). */
export const scalarResolvers: Resolvers = {
  Date: DateScalar,
  NodeKind: { PERSON: 'Person', ORGANISATION: 'Organisation', SKILL: 'Skill', PROJECT: 'Project' },
  Sector: {
    NPO: 'npo',
    GOVERNMENT: 'government',
    COMPANY: 'company',
    FOUNDATION: 'foundation',
    ACADEMIA: 'academia',
    COMMUNITY: 'community',
    OTHER: 'other',
  },
  Visibility: { PUBLIC: 'public', ORGANISATION: 'organisation', PRIVATE: 'private' },
  ProjectRole: { LEAD: 'lead', PARTNER: 'partner' },
  Reach: { FOUND: 'found', BEYOND_MAX_HOPS: 'beyondMaxHops', UNREACHABLE: 'unreachable' },
  EvidenceKind: { DECLARED: 'declared', PROJECT: 'project', ORGANISATION: 'organisation' },
};
