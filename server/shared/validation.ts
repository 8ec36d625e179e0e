/**
 * Input validation for every write and query argument, in one place. A failure becomes a
 * BAD_USER_INPUT error naming the field (`input.strength: must be at most 5`), before anything is
 * read or written. The field rules themselves are in field-rules.ts, which the browser shares.
 */
import { z } from 'zod';
import { badInput } from '../errors.ts';
import { say } from './messages.ts';

export * from './field-rules.ts';

export function parse<S extends z.ZodType>(schema: S, value: unknown, field: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [field, ...issue.path.map(String)].filter(Boolean).join('.');
  throw badInput(path, issue.message);
}

/** `first` arguments: a page size within bounds. */
export function pageSize(value: number | null | undefined, field: string, max: number, fallback: number): number {
  return parse(
    z
      .number()
      .int()
      .min(1, { error: () => say('atLeast', 1) })
      .max(max, { error: () => say('atMost', max) }),
    value ?? fallback,
    field,
  );
}

/** Opaque cursors are base64 offsets; anything else is a bad `after`. */
export function decodeCursor(after: string | null | undefined, field = 'after'): number {
  if (after === null || after === undefined) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput(field, 'is not a cursor returned by this API');
  return Number(match[1]);
}

export const encodeCursor = (offset: number): string => Buffer.from(`o:${offset}`, 'utf8').toString('base64url');
