/**
 * What validation hands to the writer, and the shared bookkeeping of a validation run: issues,
 * skipped rows and per-section counts.
 */
import type { Plain } from '../../../db/convert.ts';
import type { Text } from '../../../shared/messages.ts';
import type { Kind } from '../../../shared/model.ts';
import type { SectionName } from './format.ts';
import { issue, type Issue, type IssueCode } from './issues.ts';
import type { SourceRow, SourceTable } from './tables.ts';

export type Props = Record<string, Plain>;

export interface NodeWrite {
  id: string;
  /** Every property to set; null removes it. Dates are ISO strings here (typed at write time). */
  props: Props;
  dateFields: string[];
}
export interface RelWrite {
  from: string;
  to: string;
  /** Properties of a new relationship (defaults applied). */
  create: Props;
  /** Properties to change on an existing one (null removes). */
  update: Props;
  dateFields: string[];
  /**
   * Set by validation: the database already holds this relationship, so only `update` is written
   * (without it, a new one is created from `create`). Ties are looked up in both directions.
   */
  stored?: boolean;
}
export interface RelGroup {
  type: string;
  from: Kind;
  to: Kind;
  undirected: boolean;
  rows: RelWrite[];
}
export interface Plan {
  nodes: { kind: Kind; rows: NodeWrite[] }[];
  broader: { id: string; broader: string | null }[];
  rels: RelGroup[];
  /** Ids matched rows had in the file, kept as aliases of their record (../match/resolve.ts). */
  aliases: { key: string; kind: string; alias: string; target: string }[];
}

export interface SectionCount {
  section: SectionName;
  rows: number;
  valid: number;
  skipped: number;
  /** New, changed and already identical (records and relationships; unchanged ones are not rewritten). */
  created: number;
  updated: number;
  unchanged: number;
  /**
   * Rows that were a stored record or another row's record (matching on import), and
   * relationship rows that became another row's once their ends were matched. For node sections
   * valid = created + updated + unchanged + matched.
   */
  matched: number;
}

export interface RowRef {
  table: SourceTable;
  row: SourceRow;
}

/** Collects problems; a row with any error is invalid (and skipped when the user asks). */
export class Bookkeeping {
  readonly issues: Issue[] = [];
  readonly invalid = new Set<SourceRow>();
  readonly counts = new Map<SectionName, SectionCount>();

  count(section: SectionName): SectionCount {
    let c = this.counts.get(section);
    if (!c) {
      c = { section, rows: 0, valid: 0, skipped: 0, created: 0, updated: 0, unchanged: 0, matched: 0 };
      this.counts.set(section, c);
    }
    return c;
  }

  rowError(
    at: RowRef,
    field: string | null,
    code: IssueCode,
    message: Text,
    cause?: { file: string; line: number | null },
  ): void {
    const column = field === null ? null : (at.table.columns[field] ?? field);
    const found = issue(code, { file: at.table.file, line: at.row.line, column }, message);
    this.issues.push(cause ? { ...found, cause } : found);
    this.invalid.add(at.row);
  }
}

const dateFieldCache = new WeakMap<SourceTable, Map<string, string[]>>();

/** The date-valued fields of rows of `table` going to `name` (shared: a million rows, one array). */
export function dateFieldsOf(
  table: SourceTable,
  name: string,
  fields: readonly string[],
  isDate: (f: string) => boolean,
): string[] {
  let byName = dateFieldCache.get(table);
  if (!byName) dateFieldCache.set(table, (byName = new Map()));
  let out = byName.get(name);
  if (!out) {
    out = [...fields.filter(isDate), ...Object.keys(table.extras).filter((f) => table.extras[f] === 'date')];
    byName.set(name, out);
  }
  return out;
}
