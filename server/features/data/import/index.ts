/**
 * Importing a bundle: read, map (preset or mapping file), validate everything, and only then
 * write — nothing when there is any error, unless the user asked to skip invalid rows. The
 * report is the same for a dry run and a real import.
 */
import type { Db } from '../../../db/driver.ts';
import type { Kind } from '../../../shared/model.ts';
import type { Manifest } from './format.ts';
import { groupedByCause, issue, type Issue } from './issues.ts';
import { applyMapping, parseMapping, type Params } from './mapping.ts';
import type { SectionCount } from './plan.ts';
import { PRESETS, type PresetName } from './presets.ts';
import type { Encoding } from './raw-tables.ts';
import { fingerprintOf, newRunId, sourceOf } from './runs.ts';
import { readSources, type InputFile } from './sources.ts';
import { checkManifest, tableFromRaw, tablesFromJson, type SourceTable } from './tables.ts';
import { readFacts } from '../../../auth/write-access.ts';
import { notFound } from '../../../errors.ts';
import type { ImportScope } from './scope.ts';
import { validateBundle, type Lookup } from './validate.ts';
import { dbMatchLookup } from '../match/lookup.ts';
import {
  matchBundle,
  type MatchDecision,
  type MatchMode,
  type MatchOutcome,
  type MatchProposal,
} from '../match/resolve.ts';
import { matchIssues, unreachablePeople } from './match-report.ts';
import { planSize, writePlan, type Progress } from './write.ts';
import { importText } from './messages.ts';

export { formatIssue, type Issue } from './issues.ts';
export type { InputFile } from './sources.ts';
export { PRESET_NAMES, type PresetName } from './presets.ts';
export type { Progress } from './write.ts';

export interface ImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  preset?: PresetName;
  /** A mapping file's parsed JSON (see docs/import-format.md). */
  mapping?: { file: string; value: unknown };
  params?: Params;
  progress?: Progress;
  /**
   * An import for one organisation (its owner's): only what that organisation may write
   * (scope.ts). Without it, everything (an administrator, the CLI).
   */
  organisation?: { id: string; personId: string | null };
  /**
   * Matching on import (../match/resolve.ts): 'sure' uses sure matches and imports possible ones
   * as new records (the default here); 'ask' also needs a decision for every possible match
   * before anything is written (the API's and the CLI's default); 'off' matches by id only.
   */
  match?: MatchMode;
  decisions?: MatchDecision[];
}

export interface ImportReport {
  /** No errors, or only row errors that were skipped as asked. */
  ok: boolean;
  /** Whether anything was written (false for a dry run and for a rejected bundle). */
  committed: boolean;
  dryRun: boolean;
  issues: Issue[];
  counts: SectionCount[];
  files: { file: string; encoding: Encoding }[];
  errorCount: number;
  skippedRows: number;
  /** Rows sent to the database (unchanged nodes are not rewritten). */
  writes: number;
  /** Earlier runs of this same bundle that had stopped half-way and this import finished. */
  finishedInterrupted: number;
  /** Rows found to be a stored record or another row's, sure or possible, with their status. */
  matches: MatchProposal[];
}

const ROW_LEVEL = new Set([
  'required',
  'invalid-value',
  'duplicate-row',
  'unknown-reference',
  'self-tie',
  'broader-cycle',
  'malformed-csv',
  'not-permitted',
]);

/** Rows merged away by matching still count: as rows of their section, valid, and matched. */
function countMatched(counts: Map<string, SectionCount>, outcome: MatchOutcome): void {
  for (const [section, n] of outcome.removed) {
    const c = counts.get(section);
    if (!c) continue;
    c.rows += n;
    c.valid += n;
    c.matched += n;
  }
}

export function dbLookup(db: Db): Lookup {
  return {
    async nodes(kind: Kind, ids: string[]) {
      const out = new Map<string, Record<string, never>>();
      for (let i = 0; i < ids.length; i += 10_000) {
        const rows = await db.read((tx) =>
          tx.run('import-existing-nodes', { ids: ids.slice(i, i + 10_000) }, { label: kind }),
        );
        for (const row of rows) {
          const node = row.node as Record<string, never>;
          out.set(String(node.id), node);
        }
      }
      return out;
    },
    broaderLinks: () => db.read((tx) => tx.run('import-broader-links')) as Promise<{ from: string; to: string }[]>,
    async rels(group, pairs) {
      const out = new Map<string, Record<string, never>>();
      for (let i = 0; i < pairs.length; i += 10_000) {
        const chunk = pairs.slice(i, i + 10_000).map((p) => ({ from: p.from, to: p.to }));
        const rows = await db.read((tx) =>
          group.undirected
            ? tx.run('import-existing-ties', { pairs: chunk })
            : tx.run('import-existing-rels', { pairs: chunk }, { type: group.type, from: group.from, to: group.to }),
        );
        for (const row of rows)
          out.set(`${String(row.from)}\u0000${String(row.to)}`, row.props as Record<string, never>);
      }
      return out;
    },
  };
}

async function tablesOf(files: InputFile[], options: ImportOptions, issues: Issue[]) {
  const sources = await readSources(files);
  issues.push(...sources.issues);
  const manifest: Manifest = sources.manifest
    ? checkManifest(sources.manifest.value, sources.manifest.file, issues)
    : {};
  const tables: SourceTable[] = [];
  const mapping = options.preset
    ? parseMapping(PRESETS[options.preset], `preset ${options.preset}`, issues)
    : options.mapping
      ? parseMapping(options.mapping.value, options.mapping.file, issues)
      : undefined;
  if (options.preset || options.mapping) {
    if (mapping) tables.push(...applyMapping(mapping, sources.tables, options.params ?? {}, issues));
  } else {
    for (const raw of sources.tables) {
      const table = tableFromRaw(raw, manifest.extraColumns, issues);
      if (table) tables.push(table);
    }
  }
  for (const doc of sources.documents) tables.push(...tablesFromJson(doc, issues).tables);
  const read = [
    ...sources.tables.map((t) => ({ file: t.file, encoding: t.encoding })),
    ...sources.documents.map((d) => ({ file: d.file, encoding: 'json' as const })),
  ];
  // Files were read, but none of them is a table of the format, and no preset or mapping says what
  // they are (a kintone list named 会員名簿.csv): that is an error, never "imported" with nothing.
  if (read.length > 0 && tables.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push(
      issue(
        'unreadable-file',
        {},
        importText(
          'noTsunagariTable',
          read.map((r) => r.file),
        ),
      ),
    );
  }
  if (read.length === 0 && !issues.some((i) => i.severity === 'error')) {
    issues.push(issue('unreadable-file', {}, importText('nothingToImport')));
  }
  return { tables, read };
}

export async function importBundle(db: Db, files: InputFile[], options: ImportOptions = {}): Promise<ImportReport> {
  const early: Issue[] = [];
  const { tables, read } = await tablesOf(files, options, early);
  const scope: ImportScope | undefined = options.organisation && {
    organisationId: options.organisation.id,
    personId: options.organisation.personId,
    facts: (keys) => readFacts(db, keys),
  };
  if (scope) {
    const key = `Organisation:${scope.organisationId}`;
    if (!(await scope.facts([key])).get(key)?.exists)
      throw notFound('organisationId', 'organisation', scope.organisationId);
  }
  const mode = options.match ?? 'sure';
  const outcome = await matchBundle(
    tables,
    dbMatchLookup(
      db,
      options.organisation && { organisationId: options.organisation.id, personId: options.organisation.personId },
    ),
    { mode, decisions: options.decisions, referenceOnly: !!options.organisation },
  );
  const { plan, book, created } = await validateBundle(tables, dbLookup(db), scope);
  plan.aliases = outcome.aliases.map((a) => ({
    key: `${a.kind}:${a.alias}`,
    kind: a.kind,
    alias: a.alias,
    target: `${a.kind}:${a.target}`,
  }));
  countMatched(book.counts, outcome);
  const issues = groupedByCause([
    ...early,
    ...book.issues,
    ...matchIssues(outcome),
    ...unreachablePeople(tables, book, created.get('Person') ?? new Set()),
  ]);
  const errors = issues.filter((i) => i.severity === 'error');
  // One bad row is one error: the rows that only refer to it are listed under it, not counted.
  const causes = errors.filter((i) => !i.cause);
  const blocking = errors.filter((i) => !ROW_LEVEL.has(i.code));
  const ok = blocking.length === 0 && (errors.length === 0 || !!options.skipInvalid);
  const counts = [...book.counts.values()].filter((c) => c.rows > 0);
  const report: ImportReport = {
    ok,
    committed: false,
    dryRun: !!options.dryRun,
    issues,
    counts,
    files: read,
    errorCount: causes.length,
    skippedRows: counts.reduce((n, c) => n + c.skipped, 0),
    writes: planSize(plan),
    finishedInterrupted: 0,
    matches: outcome.proposals,
  };
  if (!ok || options.dryRun) return report;
  const run = {
    id: newRunId(),
    source: sourceOf(files),
    fingerprint: fingerprintOf(files, {
      preset: options.preset ?? null,
      mapping: options.mapping?.value ?? null,
      params: options.params ?? null,
      skipInvalid: !!options.skipInvalid,
      match: mode,
      decisions: options.decisions ?? [],
      ...(options.organisation ? { organisation: options.organisation.id } : {}),
    }),
    organisation: options.organisation?.id ?? null,
  };
  const finishedInterrupted = await writePlan(db, plan, options.progress, run);
  return { ...report, committed: true, finishedInterrupted };
}
