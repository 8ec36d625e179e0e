/**
 * Relationship rows to writes. Ends are checked later (they may be in the bundle or the
 * database); here: ids, duplicates, self-ties and the relationship's own fields. A new
 * relationship gets defaults for what the file leaves out; an existing one keeps them.
 */
import type { z } from 'zod';
import { DATE_FIELDS } from '../../../shared/kinds.ts';
import { REL_SPECS, type RelSpec } from '../../../shared/relationships.ts';
import { safeParseBoth } from '../../../shared/validation.ts';
import { coerceExtra, coerceField, hasDefault, isEmpty } from './coerce.ts';
import { importText } from './messages.ts';
import type { RelSection } from './format.ts';
import { dateFieldsOf, type Bookkeeping, type Props, type RelGroup, type RelWrite, type RowRef } from './plan.ts';
import type { SourceTable } from './tables.ts';
import { parseId, type PendingRef } from './validate-nodes.ts';

/** Levels, strengths and priorities a file leaves out: the middle of the scale, documented. */
export const REL_DEFAULTS: Record<string, number> = { level: 3, strength: 3, priority: 3 };

const shapeOf = (spec: RelSpec) => (spec.schema as unknown as { shape: Record<string, z.ZodType> }).shape;

function specFor(book: Bookkeeping, at: RowRef, section: RelSection): RelSpec | undefined {
  if (section.name !== 'projectOrganisations') return section.spec;
  const raw = at.row.values.role;
  const role = isEmpty(raw) ? 'lead' : String(raw).trim().toLowerCase();
  if (role === 'lead') return REL_SPECS.lead;
  if (role === 'partner') return REL_SPECS.partner;
  book.rowError(at, 'role', 'invalid-value', importText('leadOrPartner'));
  return undefined;
}

/** What every row of one table needs to know about a relationship's fields, worked out once. */
interface FieldPlan {
  fields: { name: string; schema: z.ZodType; emptyKeeps: boolean }[];
  defaults: Record<string, unknown>;
  /** Object-level rules (since ≤ until) need the whole object parsed; field rules do not. */
  wholeCheck: boolean;
  /** Values of fields absent from the file, for a new relationship. */
  absent: Record<string, unknown>;
}

const plans = new WeakMap<SourceTable, Map<RelSpec, FieldPlan>>();

function planFor(table: SourceTable, spec: RelSpec): FieldPlan {
  let bySpec = plans.get(table);
  if (!bySpec) plans.set(table, (bySpec = new Map()));
  let plan = bySpec.get(spec);
  if (plan) return plan;
  const shape = shapeOf(spec);
  const defaults = Object.fromEntries(spec.fields.filter((f) => f in REL_DEFAULTS).map((f) => [f, REL_DEFAULTS[f]]));
  const absent: Record<string, unknown> = {};
  for (const f of spec.fields) {
    if (f in table.columns) continue;
    const result = shape[f]!.safeParse(defaults[f]);
    if (result.success) absent[f] = result.data;
  }
  plan = {
    fields: spec.fields
      .filter((f) => f in table.columns)
      .map((name) => ({ name, schema: shape[name]!, emptyKeeps: name in REL_DEFAULTS || hasDefault(shape[name]!) })),
    defaults,
    wholeCheck:
      ((spec.schema as unknown as { _zod: { def: { checks?: unknown[] } } })._zod.def.checks ?? []).length > 0,
    absent,
  };
  bySpec.set(spec, plan);
  return plan;
}

function relProps(book: Bookkeeping, at: RowRef, spec: RelSpec): { create: Props; update: Props } | undefined {
  const plan = planFor(at.table, spec);
  const before = book.issues.length;
  const create: Record<string, unknown> = { ...plan.absent };
  const update: Props = {};
  for (const { name, schema, emptyKeeps } of plan.fields) {
    const raw = at.row.values[name];
    if (isEmpty(raw) && emptyKeeps) {
      create[name] = name in plan.defaults ? plan.defaults[name] : schema.safeParse(undefined).data;
      continue;
    }
    const result = coerceField(schema, raw, name);
    if (result.ok) create[name] = update[name] = result.value as Props[string];
    else book.rowError(at, name, 'invalid-value', result.message);
  }
  if (book.issues.length > before) return undefined;
  if (plan.wholeCheck) {
    const result = safeParseBoth(spec.schema, create);
    if (!result.success) {
      const problem = result.issues[0]!;
      book.rowError(at, String(problem.path[0] ?? spec.fromField), 'invalid-value', problem.message);
      return undefined;
    }
  }
  for (const [field, type] of Object.entries(at.table.extras)) {
    const value = coerceExtra(type, at.row.values[field]);
    if (value.ok) create[field] = update[field] = value.value as Props[string];
    else book.rowError(at, field, 'invalid-value', value.message);
  }
  if (book.issues.length > before) return undefined;
  return { create: create as Props, update };
}

export interface RelResult {
  groups: Map<string, RelGroup>;
  refs: PendingRef[];
  /** Which write belongs to which row, so a row whose end is missing can be dropped. */
  rowOf: Map<RelWrite, RowRef>;
}

export function validateRels(book: Bookkeeping, section: RelSection, tables: SourceTable[], out: RelResult): void {
  const seen = new Map<string, number | null>();
  const count = book.count(section.name);
  for (const table of tables) {
    for (const row of table.rows) {
      const at = { table, row };
      count.rows++;
      const from = parseId(book, at, section.fromField, row.values[section.fromField]);
      const to = parseId(book, at, section.toField, row.values[section.toField]);
      const spec = specFor(book, at, section);
      if (from === undefined || to === undefined || !spec) continue;
      if (spec.undirected && from === to) {
        book.rowError(at, section.toField, 'self-tie', importText('selfTie'));
        continue;
      }
      const key = [spec.type, ...(spec.undirected ? [from, to].sort() : [from, to])].join('\u0000');
      if (seen.has(key)) {
        const line = seen.get(key);
        book.rowError(at, section.toField, 'duplicate-row', importText('duplicateRelationship', line ?? null));
        continue;
      }
      seen.set(key, row.line);
      const props = relProps(book, at, spec);
      out.refs.push(
        { at, field: section.fromField, kind: spec.from, id: from },
        { at, field: section.toField, kind: spec.to, id: to },
      );
      if (!props || book.invalid.has(row)) continue;
      let group = out.groups.get(spec.type);
      if (!group) {
        group = { type: spec.type, from: spec.from, to: spec.to, undirected: !!spec.undirected, rows: [] };
        out.groups.set(spec.type, group);
      }
      const dateFields = dateFieldsOf(table, spec.type, spec.fields, (f) => DATE_FIELDS.has(f));
      const write = { from, to, ...props, dateFields };
      group.rows.push(write);
      out.rowOf.set(write, at);
    }
  }
}
