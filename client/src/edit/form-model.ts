/**
 * What each edit form holds: its fields, how each is entered, and how typed text becomes a
 * GraphQL input or patch. The rules a value must meet are not here: the forms check with the
 * server's schemas (client-checks.ts). `required` and `range` only shape the inputs (the mark, a
 * number field's arrows); test/unit/client-edit-checks.test.ts holds them to the schemas. Pure:
 * the dialogs render these specs, the unit tests check them without a browser.
 */
import type { NodeKind } from '../gql/graphql.ts';

export type FieldType =
  | 'text'
  | 'textarea'
  | 'kana'
  | 'email'
  | 'url'
  | 'date'
  | 'level'
  | 'integer'
  | 'checkbox'
  | 'sector'
  | 'visibility'
  | 'projectRole'
  | 'stoRole'
  | 'ref';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  /** integer fields: the smallest and largest whole number (the input's arrows; the schema decides). */
  range?: readonly [number, number];
  /** May only be filled when this other field is (an STO's capacity needs a role). */
  requires?: string;
  /** ref fields: which kind the picker searches. */
  ref?: NodeKind;
  /** date fields: the field this one must not be before (end ≥ start). */
  notBefore?: string;
  /** Never returned by the API (contact details): blank in an edit form, sent only when typed. */
  writeOnly?: boolean;
  /** Only shown when creating (the ends of a relationship never change). */
  createOnly?: boolean;
}

/** Form state: text as typed (never parsed away), booleans for checkboxes. */
export type FormValues = Record<string, string | boolean>;

export interface FormSpec {
  /** Names the form in translations: `edit.form.<id>`; fields are `edit.field.<name>`. */
  id: string;
  fields: readonly FieldSpec[];
  /** Fields one of which must be filled (the schema checks it; typing in one clears the others' message). */
  oneOf?: readonly string[];
}

const NAME = { name: 'name', type: 'text', required: true } as const;

export const NODE_FORMS: Readonly<Record<NodeKind, FormSpec>> = {
  PERSON: {
    id: 'person',
    fields: [
      NAME,
      { name: 'nameKana', type: 'kana' },
      { name: 'nameLatin', type: 'text' },
      { name: 'bio', type: 'textarea' },
      { name: 'bioEn', type: 'textarea' },
      { name: 'email', type: 'email', writeOnly: true },
      { name: 'discoverable', type: 'checkbox' },
      { name: 'takingRequests', type: 'checkbox' },
      { name: 'hoursPerMonth', type: 'integer', range: [0, 300] },
      { name: 'stoRole', type: 'stoRole' },
      { name: 'stoCapacity', type: 'integer', range: [1, 8], requires: 'stoRole' },
    ],
  },
  ORGANISATION: {
    id: 'organisation',
    fields: [
      NAME,
      { name: 'nameKana', type: 'kana' },
      { name: 'nameEn', type: 'text' },
      { name: 'sector', type: 'sector', required: true },
      { name: 'prefecture', type: 'text' },
      { name: 'url', type: 'url' },
    ],
  },
  SKILL: {
    id: 'skill',
    oneOf: ['nameJa', 'nameEn'],
    fields: [
      { name: 'nameJa', type: 'text' },
      { name: 'nameEn', type: 'text' },
      { name: 'category', type: 'text' },
      { name: 'broaderId', type: 'ref', ref: 'SKILL' },
    ],
  },
  PROJECT: {
    id: 'project',
    fields: [
      NAME,
      { name: 'nameEn', type: 'text' },
      { name: 'description', type: 'textarea' },
      { name: 'descriptionEn', type: 'textarea' },
      { name: 'start', type: 'date' },
      { name: 'end', type: 'date', notBefore: 'start' },
    ],
  },
};

export type RelName = 'membership' | 'skillHolding' | 'participation' | 'tie' | 'need' | 'projectOrganisation';

export interface RelSpec extends FormSpec {
  id: RelName;
  /** The two ends, as the mutations name them. */
  ends: readonly [FieldSpec, FieldSpec];
  /** False when the relationship has no properties to change (delete and re-create instead). */
  editable: boolean;
}

const end = (name: string, ref: NodeKind): FieldSpec => ({ name, type: 'ref', ref, required: true, createOnly: true });

export const REL_FORMS: Readonly<Record<RelName, RelSpec>> = {
  membership: {
    id: 'membership',
    editable: true,
    ends: [end('personId', 'PERSON'), end('organisationId', 'ORGANISATION')],
    fields: [
      { name: 'role', type: 'text' },
      { name: 'since', type: 'date' },
      { name: 'until', type: 'date', notBefore: 'since' },
    ],
  },
  skillHolding: {
    id: 'skillHolding',
    editable: true,
    ends: [end('personId', 'PERSON'), end('skillId', 'SKILL')],
    fields: [{ name: 'level', type: 'level', required: true }],
  },
  participation: {
    id: 'participation',
    editable: true,
    ends: [end('personId', 'PERSON'), end('projectId', 'PROJECT')],
    fields: [{ name: 'role', type: 'text' }],
  },
  tie: {
    id: 'tie',
    editable: true,
    ends: [end('personId', 'PERSON'), end('otherPersonId', 'PERSON')],
    fields: [
      { name: 'strength', type: 'level', required: true },
      { name: 'lastContact', type: 'date' },
      { name: 'context', type: 'textarea' },
      { name: 'contextEn', type: 'textarea' },
      { name: 'visibility', type: 'visibility', required: true },
    ],
  },
  need: {
    id: 'need',
    editable: true,
    ends: [end('organisationId', 'ORGANISATION'), end('skillId', 'SKILL')],
    fields: [{ name: 'priority', type: 'level', required: true }],
  },
  projectOrganisation: {
    id: 'projectOrganisation',
    editable: false,
    ends: [end('organisationId', 'ORGANISATION'), end('projectId', 'PROJECT')],
    fields: [{ name: 'role', type: 'projectRole', required: true }],
  },
};

/** Every field of a relationship form, ends first. */
export const relFields = (spec: RelSpec): readonly FieldSpec[] => [...spec.ends, ...spec.fields];

const DEFAULTS: Partial<Record<FieldType, string | boolean>> = {
  checkbox: true,
  sector: 'NPO',
  visibility: 'PUBLIC',
  projectRole: 'PARTNER',
  level: '3',
};

/** Starting values: stored values when editing, sensible defaults when creating. */
export function initialValues(fields: readonly FieldSpec[], stored?: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const field of fields) {
    const value = stored?.[field.name];
    if (stored && !field.writeOnly && value !== undefined && value !== null)
      out[field.name] = typeof value === 'boolean' ? value : String(value);
    else out[field.name] = stored ? (field.type === 'checkbox' ? true : '') : (DEFAULTS[field.type] ?? '');
  }
  return out;
}

/** Typed text → the value GraphQL expects; blank optional text is null (the server clears it). */
export function toApiValue(field: FieldSpec, value: string | boolean): unknown {
  if (field.type === 'checkbox') return value === true;
  const text = String(value).trim();
  if (text === '') return null;
  if (field.type === 'level' || field.type === 'integer') return Number(text);
  return text;
}

/** A full input for create mutations (blank fields left out, so server defaults apply). */
export function toInput(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = toApiValue(field, values[field.name] ?? '');
    if (value !== null) out[field.name] = value;
  }
  return out;
}

/**
 * Only what changed since the form opened: an untouched field is left out (kept as stored), a
 * field emptied by the user is sent as null (cleared). Write-only fields are sent only if typed,
 * since their stored value was never shown.
 */
export function toPatch(
  fields: readonly FieldSpec[],
  initial: FormValues,
  values: FormValues,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.createOnly) continue;
    const before = toApiValue(field, initial[field.name] ?? '');
    const after = toApiValue(field, values[field.name] ?? '');
    if (before === after) continue;
    if (field.writeOnly && after === null) continue;
    out[field.name] = after;
  }
  return out;
}

export const isDirty = (initial: FormValues, values: FormValues): boolean =>
  Object.keys(values).some((k) => values[k] !== initial[k]);
