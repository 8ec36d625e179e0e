/**
 * Cell text to typed values. CSV cells are all text, but a kind's fields are numbers, booleans and
 * dates: each field's own zod schema decides which reading of a cell is right ("3" as 3 for a
 * level, "3" as text for a name), so a field added to a kind needs no change here.
 */
import type { z } from 'zod';
import { isoDate } from '../../../shared/validation.ts';
import type { ExtraType } from './format.ts';

export type Coerced = { ok: true; value: unknown } | { ok: false; message: string; required: boolean };

const TRUE = new Set(['true', 'yes', 'y', '1', 'はい', '○', 'true']);
const FALSE = new Set(['false', 'no', 'n', '0', 'いいえ', '×']);

export const isEmpty = (raw: unknown): boolean =>
  raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** The readings of a cell, most specific first. */
function readings(raw: unknown): unknown[] {
  if (isEmpty(raw)) return [undefined];
  if (typeof raw !== 'string') return [raw];
  const s = raw.trim();
  const out: unknown[] = [];
  if (/^[-+]?\d+(\.\d+)?$/.test(s)) out.push(Number(s));
  const lower = s.toLowerCase();
  if (TRUE.has(lower)) out.push(true);
  else if (FALSE.has(lower)) out.push(false);
  out.push(raw);
  return out;
}

export function coerceField(schema: z.ZodType, raw: unknown): Coerced {
  let first: z.ZodSafeParseResult<unknown> | undefined;
  for (const candidate of readings(raw)) {
    const result = schema.safeParse(candidate);
    if (result.success) return { ok: true, value: result.data };
    first ??= result;
  }
  const required = isEmpty(raw);
  return { ok: false, required, message: required ? 'is required' : first!.error!.issues[0]!.message };
}

/** Whether an empty cell means "use the default" (discoverable → true) rather than "clear". */
export function hasDefault(schema: z.ZodType): boolean {
  const result = schema.safeParse(undefined);
  return result.success && result.data !== null;
}

/** A declared extra column's value, typed as declared; empty clears it. */
export function coerceExtra(type: ExtraType, raw: unknown): Coerced {
  if (isEmpty(raw)) return { ok: true, value: null };
  const s = String(raw).trim();
  const fail = (message: string): Coerced => ({ ok: false, required: false, message });
  switch (type) {
    case 'string':
      return { ok: true, value: typeof raw === 'string' ? raw : s };
    case 'integer':
      return /^[-+]?\d+$/.test(s) && Number.isSafeInteger(Number(s))
        ? { ok: true, value: Number(s) }
        : fail('must be a whole number');
    case 'float':
      return Number.isFinite(Number(s)) ? { ok: true, value: Number(s) } : fail('must be a number');
    case 'boolean':
      return TRUE.has(s.toLowerCase())
        ? { ok: true, value: true }
        : FALSE.has(s.toLowerCase())
          ? { ok: true, value: false }
          : fail('must be true or false');
    case 'date': {
      const result = isoDate.safeParse(s);
      return result.success ? { ok: true, value: s } : fail(result.error.issues[0]!.message);
    }
  }
}
