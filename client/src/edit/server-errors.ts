/**
 * A failed save → messages next to the fields they concern, in the reader's language. Decided by
 * the server's error code and `extensions.field` (a dotted path such as `input.strength`), never
 * by its English message text, which is kept only as a fallback for a rule we have no words for.
 */
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorMessageKey } from '../ui/errors.ts';
import { checkForm, type FieldErrors, type FieldMessage } from './client-checks.ts';
import type { FieldSpec, FormSpec, FormValues } from './form-model.ts';

export interface SaveErrors {
  fields: FieldErrors;
  /** About the whole form (a duplicate, something deleted meanwhile, the network). */
  form: FieldMessage | null;
}

interface ApiError {
  message: string;
  code: string;
  field: string | null;
}

/** `input.strength` / `patch.level` → `strength` / `level`; `id`, `input` → null (the form). */
export function fieldOf(path: string | null): string | null {
  if (!path) return null;
  const parts = path.split('.');
  if ((parts[0] === 'input' || parts[0] === 'patch') && parts.length > 1) return parts[1]!;
  return parts.length === 1 && !['id', 'input', 'patch'].includes(parts[0]!) ? parts[0]! : null;
}

/** The server's sentence without its `field: ` prefix. */
const serverText = (error: ApiError): string =>
  error.field && error.message.startsWith(`${error.field}: `)
    ? error.message.slice(error.field.length + 2)
    : error.message;

/**
 * What the form cannot see, by field: a reference the server alone can judge, or a rule broken
 * against a stored value the form does not hold (a patch's end before the stored start).
 */
function serverRule(field: FieldSpec): FieldMessage | null {
  if (field.name === 'broaderId') return { key: 'edit.error.broaderCycle' };
  if (field.name === 'otherPersonId') return { key: 'edit.error.selfTie' };
  if (field.notBefore) return { key: 'edit.error.dateOrder', values: { other: field.notBefore } };
  if (field.type === 'level') return { key: 'edit.error.level' };
  if (field.requires) return { key: 'edit.error.requires', values: { other: field.requires } };
  return null;
}

function badInput(error: ApiError, field: FieldSpec, known: FieldErrors): FieldMessage {
  const fallback = serverText(error);
  // The schema the browser shares gives the same rule's words in both languages; otherwise the field's rule.
  const rule = known[field.name] ?? serverRule(field);
  return rule ? { ...rule, fallback } : { key: 'edit.error.server', values: { message: fallback }, fallback };
}

function formMessage(error: ApiError, relationship: boolean): FieldMessage {
  const fallback = serverText(error);
  switch (error.code) {
    case 'CONFLICT':
      return { key: relationship ? 'edit.error.relExists' : 'edit.error.conflict', fallback };
    case 'NOT_FOUND':
      return { key: 'edit.error.gone', fallback };
    case 'FORBIDDEN':
      return { key: 'edit.error.forbidden', fallback };
    case 'BAD_USER_INPUT':
      return { key: 'edit.error.server', values: { message: fallback }, fallback };
    case 'UNAVAILABLE':
      return { key: 'edit.error.unavailable', fallback };
    default:
      return { key: 'edit.error.unknown', fallback };
  }
}

function apiErrors(error: CombinedGraphQLErrors): ApiError[] {
  return error.errors.map((e) => ({
    message: e.message,
    code: typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR',
    field: typeof e.extensions?.field === 'string' ? e.extensions.field : null,
  }));
}

/**
 * Sorts a failed save's errors onto the form's fields. Anything that is not about a field shown
 * in this form (or not a GraphQL answer at all: offline, server down) becomes the form message.
 */
export function mapSaveError(
  error: unknown,
  spec: FormSpec,
  fields: readonly FieldSpec[],
  values: FormValues,
  relationship = false,
): SaveErrors {
  if (!CombinedGraphQLErrors.is(error)) {
    const general = errorMessageKey(error);
    const key =
      general === 'errors.network'
        ? 'edit.error.network'
        : general === 'errors.forbidden'
          ? 'edit.error.forbidden'
          : 'edit.error.unavailable';
    return { fields: {}, form: { key } };
  }
  const out: SaveErrors = { fields: {}, form: null };
  const known = checkForm(spec, fields, values);
  for (const apiError of apiErrors(error)) {
    const name = fieldOf(apiError.field);
    const field = fields.find((f) => f.name === name);
    if (field && apiError.code === 'BAD_USER_INPUT') out.fields[field.name] ??= badInput(apiError, field, known);
    else if (field && apiError.code === 'NOT_FOUND' && field.type === 'ref')
      out.fields[field.name] ??= { key: 'edit.error.refGone', fallback: serverText(apiError) };
    else out.form ??= formMessage(apiError, relationship);
  }
  return out;
}
