/**
 * Applies a mapping file (or a preset, which is one) to raw tables: finds each file's header even
 * below a preamble, computes the bundle's fields record by record, and keeps every row's line so
 * problems point into the user's own file.
 */
import { sectionByName, sectionFields, toField, type Section } from './format.ts';
import { issue, warning, type Issue } from './issues.ts';
import { importText } from './messages.ts';
import { safeParseBoth } from '../../../shared/validation.ts';
import { mappingSpec, type FileSpec, type MappingSpec, type TargetSpec, type ValueSpec } from './mapping-spec.ts';
import { mappedDate, slugOf } from './mapping-values.ts';
import type { RawRecord, RawTable } from './raw-tables.ts';
import type { SourceRow, SourceTable } from './tables.ts';

export type Params = Record<string, string | undefined>;

export function parseMapping(value: unknown, file: string, issues: Issue[]): MappingSpec | undefined {
  const result = safeParseBoth(mappingSpec, value);
  if (result.success) return result.data;
  const problem = result.issues[0]!;
  const where = problem.path.join('.') || null;
  issues.push(
    issue(
      'bad-mapping',
      { file, column: problem.path.join('.') || null },
      importText('badMapping', where, problem.message),
    ),
  );
  return undefined;
}

const globToRegExp = (glob: string) =>
  new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

const referenced = (spec: FileSpec): string[] => {
  const cols = new Set<string>();
  for (const t of spec.targets) {
    if (t.where) cols.add(t.where.column);
    for (const v of Object.values(t.columns)) {
      if (typeof v === 'string') cols.add(v);
      else [v.column, ...(v.join ?? [])].forEach((c) => c && cols.add(c));
    }
  }
  return [...cols];
};

function findHeader(table: RawTable, needed: string[]): { index: number; missing: string[] } {
  let best = { index: 0, missing: needed };
  table.records.slice(0, 50).forEach((record, index) => {
    const have = new Set(record.cells.map((c) => String(c).trim()));
    const missing = needed.filter((n) => !have.has(n));
    if (missing.length < best.missing.length) best = { index, missing };
  });
  return best;
}

function compute(spec: ValueSpec, cell: (column: string) => string, params: Params): string {
  if (typeof spec === 'string') return cell(spec);
  let out =
    spec.column !== undefined
      ? cell(spec.column)
      : spec.join
        ? spec.join
            .map(cell)
            .filter((s) => s.trim() !== '')
            .join(spec.separator)
        : spec.param !== undefined
          ? (params[spec.param] ?? '')
          : (spec.value ?? '');
  if (spec.extract && out) out = new RegExp(spec.extract).exec(out)?.[1] ?? '';
  if (spec.map) out = spec.map[out.trim()] ?? spec.otherwise ?? out;
  else if (spec.otherwise !== undefined && out.trim() === '') out = spec.otherwise;
  if (spec.slug && out) out = slugOf(out);
  if (spec.prefix && out.trim() !== '') out = spec.prefix + out.trim();
  if (spec.date && out.trim() !== '') out = mappedDate(out);
  return out;
}

const label = (spec: ValueSpec): string =>
  typeof spec === 'string'
    ? spec
    : (spec.column ?? spec.join?.join(' + ') ?? (spec.param ? `--${spec.param}` : '(fixed)'));

function rowKey(section: Section, row: Record<string, unknown>): string {
  if (section.type === 'rel' && section.spec.undirected) {
    return [row[section.fromField], row[section.toField]].map(String).sort().join('\u0000');
  }
  return JSON.stringify(section.type === 'node' ? row.id : row);
}

function targetTable(
  raw: RawTable,
  section: Section,
  target: TargetSpec,
  records: RawRecord[],
  index: Map<string, number>,
  params: Params,
  extras: SourceTable['extras'],
): SourceTable {
  const fields = Object.entries(target.columns).map(([name, spec]) => [toField(name), spec] as const);
  const rows: SourceRow[] = [];
  const seen = new Map<string, SourceRow>();
  const conflicts: Issue[] = [];
  for (const record of records) {
    const plain = (column: string) => String(record.cells[index.get(column) ?? -1] ?? '');
    if (target.where) {
      const value = plain(target.where.column).trim();
      if (target.where.in && !target.where.in.includes(value)) continue;
      if (target.where.notIn?.includes(value)) continue;
    }
    const split = target.split;
    const parts = split
      ? plain(split.column)
          .split(split.separator)
          .map((s) => s.trim())
          .filter(Boolean)
      : [null];
    for (const part of parts) {
      const cell = (column: string) => (split && part !== null && column === split.column ? part : plain(column));
      const values = Object.fromEntries(fields.map(([field, spec]) => [field, compute(spec, cell, params)]));
      const key = rowKey(section, values);
      const first = seen.get(key);
      if (target.unique && first) {
        // The same record again (an organisation on every member's row): kept once, but a row that
        // says something else about it is a mistake to show, not to drop (宮城懸 beside 宮城県).
        // Records only: a relationship met again may be the same tie from its other side.
        const clash =
          section.type !== 'node'
            ? undefined
            : fields.find(([field]) => {
                const [a, b] = [String(first.values[field] ?? '').trim(), String(values[field] ?? '').trim()];
                return a !== '' && b !== '' && a !== b;
              });
        if (clash) {
          const [field, spec] = clash;
          const [was, now] = [String(first.values[field]).trim(), String(values[field]).trim()];
          conflicts.push(
            issue(
              'duplicate-row',
              { file: raw.file, line: record.line, column: label(spec) },
              importText('mappedConflict', now, was, first.line, section.type === 'node' ? section.kind : null),
            ),
          );
        }
        continue;
      }
      const row = { line: record.line, values };
      seen.set(key, row);
      rows.push(row);
    }
  }
  const columns = Object.fromEntries(fields.map(([f, s]) => [f, label(s)]));
  const defaults = Object.fromEntries(Object.entries(target.defaults ?? {}).map(([f, v]) => [toField(f), v]));
  return {
    section,
    file: raw.file,
    columns,
    extras,
    rows,
    malformed: conflicts,
    newDefaults: defaults,
    external: true,
  };
}

export function applyMapping(spec: MappingSpec, raws: RawTable[], params: Params, issues: Issue[]): SourceTable[] {
  for (const param of spec.params ?? []) {
    if (!params[param]) issues.push(issue('bad-mapping', { column: param }, importText('mappingParameter', param)));
  }
  const tables: SourceTable[] = [];
  for (const raw of raws) {
    const file = spec.files.find((f) => globToRegExp(f.match).test(raw.name.replace(/^.*[\\/]/, '')));
    if (!file) {
      issues.push(warning('unknown-file', { file: raw.file }, importText('mappingNoFile')));
      continue;
    }
    const { index: at, missing } = findHeader(raw, referenced(file));
    const header = raw.records[at];
    for (const column of missing)
      issues.push(
        issue(
          'missing-column',
          { file: raw.file, line: header?.line ?? 1, column },
          importText('missingColumn', column),
        ),
      );
    if (missing.length > 0 || !header) continue;
    const index = new Map(header.cells.map((c, i) => [String(c).trim(), i]));
    // Report footers (Salesforce's "Confidential Information…") are one-cell records.
    const records = raw.records
      .slice(at + 1)
      .filter((r) => header.cells.length < 3 || r.cells.filter((c) => String(c).trim() !== '').length > 1);
    for (const target of file.targets) {
      const section = sectionByName(target.section)!;
      const extras = spec.extraColumns?.[section.name] ?? {};
      const unknown = Object.keys(target.columns)
        .map(toField)
        .filter((f) => !sectionFields(section).includes(f) && !(f in extras));
      for (const f of unknown)
        issues.push(
          issue('bad-mapping', { file: raw.file, column: f }, importText('mappingUnknownField', f, section.file)),
        );
      if (unknown.length === 0) tables.push(targetTable(raw, section, target, records, index, params, extras));
    }
  }
  return tables;
}
