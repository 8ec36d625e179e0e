/**
 * Checks the browser makes before sending, with the server's own schemas (decision 0027): the
 * form's values become the input the API would get and are parsed by the same zod schema the
 * server parses it with (server/shared/input-schemas.ts), so a field is refused here exactly when
 * the server would refuse it, in the same words in Japanese and English (the rule messages the
 * import report uses). What only the server can know (an unknown or duplicate reference, a
 * cycle of skills) comes back through server-errors.ts in the same shape.
 */
// First: the shared schemas below must be built without zod's compiler (zod-jitless.ts).
import './zod-jitless.ts';
import type { z } from 'zod';
import { id, safeParseBoth } from '../../../server/shared/field-rules.ts';
import { NODE_INPUTS, REL_INPUTS } from '../../../server/shared/input-schemas.ts';
import type { Text } from '../../../server/shared/messages.ts';
import type { FieldSpec, FormSpec, FormValues } from './form-model.ts';

/**
 * A message for a field or the form: a translation key with its values, or a rule's own words
 * in both languages (`text`). `fallback` is the server's own (English) text.
 */
export interface FieldMessage {
  key: string;
  values?: Record<string, string | number>;
  text?: Text;
  fallback?: string;
}

export type FieldErrors = Record<string, FieldMessage>;

/** Each form's schema, by the form's id (form-model.ts). */
const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  person: NODE_INPUTS.Person,
  organisation: NODE_INPUTS.Organisation,
  skill: NODE_INPUTS.Skill,
  project: NODE_INPUTS.Project,
  ...REL_INPUTS,
};

/** A rule's words, shown as they are (`edit.error.rule` renders `text` in the reader's language). */
const ruleMessage = (text: Text): FieldMessage => ({ key: 'edit.error.rule', text });

const ENUMS = new Set<FieldSpec['type']>(['sector', 'visibility', 'stoRole']);
const TEXTS = new Set<FieldSpec['type']>(['text', 'textarea', 'kana', 'email', 'url']);

/**
 * Typed text → the value the API would parse. Blank text is '' (the schemas read it as "cleared"
 * or, for a required name, "empty"); other blanks are null. GraphQL enums reach the schemas as
 * the lower-case values they name (server/api's enum map: NPO → npo, STO_CANDIDATE → sto_candidate).
 */
export function schemaValue(field: FieldSpec, value: string | boolean | undefined): unknown {
  if (field.type === 'checkbox') return value === true;
  const text = String(value ?? '').trim();
  if (text === '') return TEXTS.has(field.type) ? '' : null;
  if (field.type === 'level' || field.type === 'integer') return Number(text);
  if (ENUMS.has(field.type)) return text.toLowerCase();
  return text;
}

/** A picked reference: an id from the search results (the server checks that it exists). */
function checkRef(field: FieldSpec, value: string): FieldMessage | null {
  if (value === '') return field.required ? { key: 'edit.error.pick' } : null;
  const result = safeParseBoth(id, value);
  return result.success ? null : ruleMessage(result.issues[0]!.message);
}

/** Every problem in the form, by field name; empty when it may be sent. */
export function checkForm(spec: FormSpec, fields: readonly FieldSpec[], values: FormValues): FieldErrors {
  const errors: FieldErrors = {};
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.type === 'ref') {
      const problem = checkRef(field, String(values[field.name] ?? '').trim());
      if (problem) errors[field.name] = problem;
    } else input[field.name] = schemaValue(field, values[field.name]);
  }
  const schema = SCHEMAS[spec.id];
  if (!schema) throw new Error(`no input schema for the form "${spec.id}"`);
  const result = safeParseBoth(schema, input);
  if (result.success) return errors;
  for (const issue of result.issues) {
    const name = String(issue.path[0] ?? '');
    if (fields.some((f) => f.name === name)) errors[name] ??= ruleMessage(issue.message);
  }
  return errors;
}

/** The problem with one field of the form, or null. */
export function checkField(spec: FormSpec, fields: readonly FieldSpec[], name: string, values: FormValues) {
  return checkForm(spec, fields, values)[name] ?? null;
}
