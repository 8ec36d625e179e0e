/**
 * Turns an Apollo error into a polite, translated sentence. Decided by the server's error code
 * (never by message text, which is English and may change); the server's own message is not
 * shown to readers.
 */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export type ErrorMessageKey =
  | 'errors.notFound'
  | 'errors.forbidden'
  | 'errors.signedOut'
  | 'errors.conflict'
  | 'errors.badInput'
  | 'errors.unavailable'
  | 'errors.tooCostly'
  | 'errors.rateLimited'
  | 'errors.network'
  | 'errors.unknown';

export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (CombinedGraphQLErrors.is(error)) {
    switch (errorCode(error)) {
      case 'NOT_FOUND':
        return 'errors.notFound';
      case 'FORBIDDEN':
        return 'errors.forbidden';
      case 'UNAUTHENTICATED':
        return 'errors.signedOut';
      case 'CONFLICT':
        return 'errors.conflict';
      case 'BAD_USER_INPUT':
      case 'GRAPHQL_VALIDATION_FAILED':
        return 'errors.badInput';
      case 'UNAVAILABLE':
        return 'errors.unavailable';
      case 'TOO_COSTLY':
        return 'errors.tooCostly';
      case 'RATE_LIMITED':
        return 'errors.rateLimited';
      default:
        return 'errors.unknown';
    }
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return 'errors.signedOut';
    if (error.statusCode === 403) return 'errors.forbidden';
    if (error.statusCode === 429) return 'errors.rateLimited';
    return error.statusCode >= 500 ? 'errors.unavailable' : 'errors.unknown';
  }
  if (ServerParseError.is(error)) return 'errors.unknown';
  if (error instanceof TypeError) return 'errors.network'; // fetch failed: offline or server down
  return 'errors.unknown';
}
