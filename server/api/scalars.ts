import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ENUM_VALUES } from './enums.ts';
import type { Resolvers } from './generated/resolvers.ts';

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

/** The Date scalar and the enums (one map: enums.ts). */
export const scalarResolvers: Resolvers = { Date: DateScalar, ...ENUM_VALUES };
