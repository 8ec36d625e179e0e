/**
 * Node rows to writes. A row is merged with the stored node (a column the file lacks keeps its
 * stored value; an empty cell clears an optional field), then validated as a whole by the kind's
 * spec, so the same rules hold as for the API's writes.
 */
import type { z } from 'zod';
import { DATE_FIELDS, KIND_SPECS, storedProps } from '../../../shared/kinds.ts';
import type { Kind } from '../../../shared/model.ts';
import { id as idSchema, safeParseBoth } from '../../../shared/validation.ts';
import { coerceExtra, coerceField, hasDefault, isEmpty } from './coerce.ts';
import { importText } from './messages.ts';
import type { NodeSection } from './format.ts';
import { dateFieldsOf, type Bookkeeping, type NodeWrite, type Props, type RowRef } from './plan.ts';
import type { SourceRow, SourceTable } from './tables.ts';

export interface PendingRef {
  at: RowRef;
  field: string;
  kind: Kind;
  id: string;
}

export interface NodeEntry {
  write: NodeWrite;
  at: RowRef;
  status: 'created' | 'updated' | 'unchanged';
}

export interface NodeResult {
  entries: NodeEntry[];
  /** Ids of valid rows, by kind (what references may point at). */
  ids: Set<string>;
  refs: PendingRef[];
  broader: { id: string; broader: string | null; at: RowRef }[];
}

const shapeOf = (kind: Kind) => (KIND_SPECS[kind].schema as unknown as { shape: Record<string, z.ZodType> }).shape;

export function parseId(book: Bookkeeping, at: RowRef, field: string, raw: unknown): string | undefined {
  const result = safeParseBoth(idSchema, isEmpty(raw) ? undefined : typeof raw === 'number' ? String(raw) : raw);
  if (result.success) return result.data;
  if (isEmpty(raw)) book.rowError(at, field, 'required', importText('required'));
  else book.rowError(at, field, 'invalid-value', result.issues[0]!.message);
  return undefined;
}

function fieldValues(book: Bookkeeping, at: RowRef, kind: Kind, stored: Props | undefined): Record<string, unknown> {
  const shape = shapeOf(kind);
  const merged: Record<string, unknown> = {};
  for (const field of KIND_SPECS[kind].fields) {
    const schema = shape[field];
    const fallback = stored ? undefined : at.table.newDefaults?.[field];
    const present = field in at.table.columns || fallback !== undefined;
    const raw = isEmpty(at.row.values[field]) && fallback !== undefined ? fallback : at.row.values[field];
    const kept = at.row.fillOnly && stored && !isEmpty(stored[field]);
    if (kept || !present || !schema || (isEmpty(raw) && hasDefault(schema))) {
      merged[field] = stored?.[field] ?? undefined;
      continue;
    }
    const result = coerceField(schema, raw);
    if (result.ok) merged[field] = result.value;
    else book.rowError(at, field, result.required ? 'required' : 'invalid-value', result.message);
  }
  return merged;
}

function same(a: Props, b: Props | undefined): boolean {
  if (!b) return false;
  return Object.entries(a).every(([k, v]) => (v ?? null) === (b[k] ?? null));
}

function nodeRow(
  book: Bookkeeping,
  at: RowRef,
  kind: Kind,
  id: string,
  stored: Props | undefined,
): NodeWrite | undefined {
  const before = book.issues.length;
  const merged = fieldValues(book, at, kind, stored);
  if (book.issues.length > before) return undefined;
  const result = safeParseBoth(KIND_SPECS[kind].schema, merged);
  if (!result.success) {
    const problem = result.issues[0]!;
    book.rowError(at, String(problem.path[0] ?? 'id'), 'invalid-value', problem.message);
    return undefined;
  }
  const extras: Props = {};
  for (const [field, type] of Object.entries(at.table.extras)) {
    const value = coerceExtra(type, at.row.values[field]);
    if (value.ok) extras[field] = value.value as Props[string];
    else book.rowError(at, field, 'invalid-value', value.message);
  }
  if (book.issues.length > before) return undefined;
  const cleared = Object.fromEntries(KIND_SPECS[kind].fields.map((f) => [f, null]));
  const props = { ...cleared, ...storedProps(kind, id, result.data, extras) };
  const dateFields = dateFieldsOf(at.table, kind, KIND_SPECS[kind].fields, (f) => DATE_FIELDS.has(f));
  return { id, props, dateFields };
}

/** Validates every table of one node section; `stored` holds the database's nodes by id. */
export function validateNodes(
  book: Bookkeeping,
  section: NodeSection,
  tables: SourceTable[],
  stored: Map<string, Props>,
): NodeResult {
  const out: NodeResult = { entries: [], ids: new Set(), refs: [], broader: [] };
  const seen = new Map<string, { file: string; line: number | null }>();
  const count = book.count(section.name);
  for (const table of tables) {
    for (const row of table.rows) {
      const at = { table, row };
      count.rows++;
      const id = parseId(book, at, 'id', row.values.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first) {
        book.rowError(
          at,
          'id',
          'duplicate-row',
          importText('duplicateId', id, first.file === table.file ? null : first.file, first.line),
        );
        continue;
      }
      seen.set(id, { file: table.file, line: row.line });
      const write = nodeRow(book, at, section.kind, id, stored.get(id));
      collectRefs(book, at, section, id, out);
      if (!write || book.invalid.has(row)) continue;
      out.ids.add(id);
      const existing = stored.get(id);
      const status = !existing ? 'created' : same(write.props, existing) ? 'unchanged' : 'updated';
      out.entries.push({ write, at, status });
    }
  }
  return out;
}

function collectRefs(book: Bookkeeping, at: RowRef, section: NodeSection, id: string, out: NodeResult): void {
  for (const ref of section.refs) {
    if (!(ref.field in at.table.columns)) continue;
    const raw = at.row.values[ref.field];
    if (isEmpty(raw)) {
      if (ref.field === 'broader') out.broader.push({ id, broader: null, at });
      continue;
    }
    const target = parseId(book, at, ref.field, raw);
    if (target === undefined) continue;
    if (ref.field === 'broader') out.broader.push({ id, broader: target, at });
    out.refs.push({ at, field: ref.field, kind: ref.kind, id: target });
  }
}

export type { SourceRow };
