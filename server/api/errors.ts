/**
 * What clients see of an error. AppErrors keep their code, message and field; GraphQL's own
 * request errors (parse, validation, bad variables) pass through; anything else is a bug, logged
 * here without request data and masked as INTERNAL_SERVER_ERROR.
 */
import type { GraphQLFormattedError } from 'graphql';
import { AppError } from '../errors.ts';
import { log } from '../log.ts';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'TOO_COSTLY',
  'RATE_LIMITED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  // The session lookup found the database down (http/app.ts `viewerOrUnavailable`): HTTP 503.
  'UNAVAILABLE',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The error a resolver threw, under the GraphQLError(s) that wrap it. */
function unwrap(error: unknown): unknown {
  let current = error;
  while (
    current instanceof Error &&
    !(current instanceof AppError) &&
    'originalError' in current &&
    current.originalError
  ) {
    current = current.originalError;
  }
  return current;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrap(error);
  if (original instanceof AppError) {
    return {
      message: original.message,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: original.code, ...(original.field ? { field: original.field } : {}) },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (PASS_THROUGH.has(code))
    return {
      message: formatted.message,
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: {
        code,
        // How long to wait (RATE_LIMITED) or what the request would cost (TOO_COSTLY).
        ...pick(formatted.extensions, ['retryAfter', 'cost', 'limit']),
      },
    };
  log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function pick(from: Record<string, unknown> | undefined, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => from?.[k] !== undefined).map((k) => [k, from![k]]));
}
