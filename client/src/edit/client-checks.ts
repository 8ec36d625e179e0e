/**
 * Checks the browser can make before sending, mirroring the server's rules (validation.ts): a
 * quick answer next to the field while typing. The server stays the authority; what it alone
 * knows (prefectures, unknown or duplicate references, cycles) comes back through
 * server-errors.ts in the same shape.
 */
import type { FieldSpec, FormSpec, FormValues } from './form-model.ts';

/** A translation key with its values; `fallback` is the server's own (English) text. */
export interface FieldMessage {
  key: string;
  values?: Record<string, string | number>;
  fallback?: string;
}

export type FieldErrors = Record<string, FieldMessage>;

// Same sets as the server: kana may mix hiragana, katakana, ー, ・ and spaces.
const KANA = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

export function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkText(field: FieldSpec, text: string): FieldMessage | null {
  if (field.max !== undefined && text.length > field.max)
    return { key: 'edit.error.tooLong', values: { max: field.max } };
  if (CONTROL.test(text)) return { key: 'edit.error.control' };
  switch (field.type) {
    case 'kana':
      return KANA.test(text) ? null : { key: 'edit.error.kana' };
    case 'email':
      return EMAIL.test(text) ? null : { key: 'edit.error.email' };
    case 'url':
      return isHttpUrl(text) ? null : { key: 'edit.error.url' };
    case 'date':
      return isRealDate(text) ? null : { key: 'edit.error.date' };
    case 'level': {
      // The same number the form sends (toApiValue), judged as the server judges it.
      const n = Number(text);
      return Number.isInteger(n) && n >= 1 && n <= 5 ? null : { key: 'edit.error.level' };
    }
    case 'integer': {
      const [min, max] = field.range ?? [0, Number.MAX_SAFE_INTEGER];
      const n = Number(text);
      return Number.isInteger(n) && n >= min && n <= max ? null : { key: 'edit.error.integer', values: { min, max } };
    }
    default:
      return null;
  }
}

/** The first problem with one field, or null. */
export function checkField(field: FieldSpec, values: FormValues): FieldMessage | null {
  const value = values[field.name];
  if (typeof value === 'boolean' || value === undefined) return null;
  const text = value.trim();
  if (text === '') {
    if (!field.required) return null;
    return { key: field.type === 'ref' ? 'edit.error.pick' : 'edit.error.required' };
  }
  const problem = checkText(field, text);
  if (problem) return problem;
  if (field.requires && String(values[field.requires] ?? '').trim() === '')
    return { key: 'edit.error.requires', values: { other: field.requires } };
  if (field.notBefore) {
    const other = String(values[field.notBefore] ?? '').trim();
    if (isRealDate(other) && text < other) return { key: 'edit.error.dateOrder', values: { other: field.notBefore } };
  }
  return null;
}

/** Every problem in the form, by field name; empty when it may be sent. */
export function checkForm(spec: FormSpec, fields: readonly FieldSpec[], values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const problem = checkField(field, values);
    if (problem) errors[field.name] = problem;
  }
  if (spec.oneOf && spec.oneOf.every((name) => String(values[name] ?? '').trim() === '')) {
    errors[spec.oneOf[0]!] ??= { key: 'edit.error.oneOf' };
  }
  return errors;
}
