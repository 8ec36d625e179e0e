import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { formatError } from '../../server/api/errors.ts';

const resolverError = (original: Error) =>
  new GraphQLError(original.message, { path: ['person'], originalError: original });

describe('error masking', () => {
  it('keeps the code, message and field of a domain error', () => {
    const out = formatError(
      { message: 'x', path: ['person'] },
      resolverError(new AppError('BAD_USER_INPUT', 'input.name: must not be empty', 'input.name')),
    );
    expect(out).toEqual({
      message: 'input.name: must not be empty',
      path: ['person'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.name' },
    });
  });

  it('masks anything unknown, without its text or stack', () => {
    const secret = new Error('Neo.ClientError: MATCH (p:Person {email: "hanako@example.org"}) failed');
    const out = formatError(
      { message: secret.message, path: ['person'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['...'] } },
      resolverError(secret),
    );
    expect(out).toEqual({
      message: 'Internal server error',
      path: ['person'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(out)).not.toContain('example.org');
  });

  it("passes GraphQL's own request errors through", () => {
    const out = formatError(
      { message: 'Syntax Error: Unexpected <EOF>.', extensions: { code: 'GRAPHQL_PARSE_FAILED' } },
      new GraphQLError('Syntax Error'),
    );
    expect(out.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});
