/**
 * The closed set of error codes the API speaks. Every failure a user can cause or fix becomes an
 * AppError; anything else is a bug and reaches clients masked as INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'UNAVAILABLE'
  /** The question would take too long to answer (cost model or an in-process deadline). */
  | 'TOO_COSTLY';

export class AppError extends Error {
  readonly code: ErrorCode;
  /** The input field the error is about, as a dotted path (`input.strength`), when there is one. */
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.field = field;
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', `${field}: ${message}`, field);

export const notFound = (field: string, what: string, id: string): AppError =>
  new AppError('NOT_FOUND', `${field}: no ${what} with id "${id}"`, field);

/** The message of the UNAVAILABLE error for a database that does not answer (driver.ts maps it). */
export const DATABASE_AWAY = 'the database is unavailable; try again shortly';

/**
 * Whether `error` says the database does not answer. Background work (budget settlement, job
 * heartbeats) stays quiet about it: the driver logs one line when an outage starts and one when it ends.
 */
export const isDatabaseAway = (error: unknown): boolean =>
  error instanceof AppError && error.code === 'UNAVAILABLE' && error.message === DATABASE_AWAY;

/** A start-up problem the user can fix; printed as one line, without a stack trace. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}
