/**
 * Validates a whole bundle before anything is written: rows, then references (which may point
 * into the bundle or at stored nodes), then the skill hierarchy. The result is a plan of writes
 * and the bookkeeping that becomes the report.
 */
import type { Kind } from '../../../shared/model.ts';
import { SECTIONS, type NodeSection, type RelSection } from './format.ts';
import { findCycles } from './cycles.ts';
import { Bookkeeping, type Plan, type Props, type RelGroup, type RelWrite, type RowRef } from './plan.ts';
import type { SourceRow, SourceTable } from './tables.ts';
import { validateNodes, type NodeEntry, type PendingRef } from './validate-nodes.ts';
import { validateRels, type RelResult } from './validate-rels.ts';
import { scopeChecker, type ImportScope } from './scope.ts';
import { importText } from './messages.ts';

export interface Lookup {
  /** Stored nodes of a kind among these ids, by id. */
  nodes(kind: Kind, ids: string[]): Promise<Map<string, Props>>;
  /** Every stored BROADER link between skills. */
  broaderLinks(): Promise<{ from: string; to: string }[]>;
  /** Stored relationships of a group among these pairs (ties in either direction), by "from\0to". */
  rels(group: RelGroup, pairs: { from: string; to: string }[]): Promise<Map<string, Props>>;
}

export interface Validated {
  plan: Plan;
  book: Bookkeeping;
  /** Ids of the valid rows that are new records, by kind. */
  created: Map<Kind, Set<string>>;
}

/** Drops references to nodes that are nowhere, or whose rows are invalid, until nothing changes. */
async function resolveRefs(
  book: Bookkeeping,
  refs: PendingRef[],
  bundle: Map<Kind, Map<string, SourceRow>>,
  lookup: Lookup,
  fileOf: Map<SourceRow, string>,
): Promise<Map<Kind, Set<string>>> {
  const missing = new Map<Kind, Set<string>>();
  for (const ref of refs) {
    if (!bundle.get(ref.kind)?.has(ref.id))
      (missing.get(ref.kind) ?? missing.set(ref.kind, new Set()).get(ref.kind)!).add(ref.id);
  }
  const stored = new Map<Kind, Set<string>>();
  for (const [kind, ids] of missing) stored.set(kind, new Set((await lookup.nodes(kind, [...ids])).keys()));
  let changed = true;
  const reported = new Set<PendingRef>();
  while (changed) {
    changed = false;
    for (const ref of refs) {
      if (reported.has(ref) || book.invalid.has(ref.at.row)) continue;
      const row = bundle.get(ref.kind)?.get(ref.id);
      if (row && !book.invalid.has(row)) continue;
      if (!row && stored.get(ref.kind)?.has(ref.id)) continue;
      reported.add(ref);
      changed = true;
      if (row)
        book.rowError(ref.at, ref.field, 'unknown-reference', importText('referenceWithErrors', ref.kind, ref.id), {
          file: fileOf.get(row) ?? '',
          line: row.line,
        });
      else book.rowError(ref.at, ref.field, 'unknown-reference', importText('unknownReference', ref.kind, ref.id));
    }
  }
  return stored;
}

function checkHierarchy(
  book: Bookkeeping,
  rows: { id: string; broader: string | null; at: RowRef }[],
  stored: { from: string; to: string }[],
): void {
  const links = new Map(stored.map((l) => [l.from, l.to]));
  for (const row of rows) {
    if (row.broader === null) links.delete(row.id);
    else links.set(row.id, row.broader);
  }
  const inCycle = findCycles(links);
  for (const row of rows) {
    if (row.broader !== null && inCycle.has(row.id)) {
      book.rowError(row.at, 'broader', 'broader-cycle', importText('broaderCycle', row.id));
    }
  }
}

function nodeIds(tables: SourceTable[]): string[] {
  return [...new Set(tables.flatMap((t) => t.rows.map((r) => String(r.values.id ?? '').trim())).filter(Boolean))];
}

/** With a scope (an organisation's import), rows beyond what that organisation may write are errors. */
export async function validateBundle(tables: SourceTable[], lookup: Lookup, scope?: ImportScope): Promise<Validated> {
  const book = new Bookkeeping();
  const bySection = (name: string) => tables.filter((t) => t.section.name === name);
  const bundle = new Map<Kind, Map<string, SourceRow>>();
  const fileOf = new Map<SourceRow, string>();
  for (const t of tables) for (const r of t.rows) fileOf.set(r, t.file);
  const entries: { kind: Kind; entries: NodeEntry[] }[] = [];
  // Ids the database holds, by kind: a relationship with an end that is not among them is new.
  const inDb = new Map<Kind, Set<string>>();
  const refs: PendingRef[] = [];
  const broaderRows: { id: string; broader: string | null; at: RowRef }[] = [];
  const leads: RelGroup = { type: 'LED', from: 'Organisation', to: 'Project', undirected: false, rows: [] };
  const rels: RelResult = { groups: new Map([['LED', leads]]), refs: [], rowOf: new Map() };
  for (const section of SECTIONS.filter((s): s is NodeSection => s.type === 'node')) {
    const own = bySection(section.name);
    const stored = await lookup.nodes(section.kind, nodeIds(own));
    inDb.set(section.kind, new Set(stored.keys()));
    const result = validateNodes(book, section, own, stored);
    const rows = new Map<string, SourceRow>();
    for (const e of result.entries) rows.set(e.write.id, e.at.row);
    for (const t of own)
      for (const r of t.rows)
        if (!rows.has(String(r.values.id ?? '').trim())) rows.set(String(r.values.id ?? '').trim(), r);
    bundle.set(section.kind, rows);
    entries.push({ kind: section.kind, entries: result.entries });
    refs.push(...result.refs);
    broaderRows.push(...result.broader);
    for (const ref of result.refs.filter((r) => r.field === 'leadOrganisationId')) {
      const write = { from: ref.id, to: String(ref.at.row.values.id).trim(), create: {}, update: {}, dateFields: [] };
      leads.rows.push(write);
      rels.rowOf.set(write, ref.at);
    }
  }
  for (const section of SECTIONS.filter((s): s is RelSection => s.type === 'rel'))
    validateRels(book, section, bySection(section.name), rels);
  const checker = scope ? await scopeChecker(book, scope, entries, rels.groups.values(), rels.rowOf) : null;
  checker?.records();
  const storedRefs = await resolveRefs(book, [...refs, ...rels.refs], bundle, lookup, fileOf);
  for (const [kind, ids] of storedRefs) for (const id of ids) inDb.get(kind)?.add(id);
  checker?.relationships();
  const storedLinks = broaderRows.length > 0 ? await lookup.broaderLinks() : [];
  if (broaderRows.length > 0) checkHierarchy(book, broaderRows, storedLinks);
  // A skill's broader link the database already has is not written again.
  const linked = new Map(storedLinks.map((l) => [l.from, l.to]));
  const changedBroader = broaderRows.filter((b) => (linked.get(b.id) ?? null) !== b.broader);
  const relStatus = await classifyRels(book, rels, lookup, inDb);
  for (const table of tables) {
    const invalid = table.rows.filter((r) => book.invalid.has(r)).length;
    const count = book.count(table.section.name);
    book.issues.push(...table.malformed);
    count.rows += table.malformed.length;
    count.skipped += invalid + table.malformed.length;
    count.valid += table.rows.length - invalid;
  }
  const created = new Map(
    entries.map(({ kind, entries: list }) => [
      kind,
      new Set(list.filter((e) => e.status === 'created' && !book.invalid.has(e.at.row)).map((e) => e.write.id)),
    ]),
  );
  return { plan: buildPlan(book, entries, changedBroader, rels, relStatus), book, created };
}

type Status = 'created' | 'updated' | 'unchanged';
const pairKey = (from: string, to: string) => `${from}\u0000${to}`;
const sameValue = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * Whether each valid relationship row is new, changes a stored relationship, or says what it
 * already holds (then it is not written again: re-importing an unchanged bundle writes nothing).
 */
async function classifyRels(
  book: Bookkeeping,
  rels: RelResult,
  lookup: Lookup,
  inDb: Map<Kind, Set<string>>,
): Promise<Map<RelWrite, Status>> {
  const status = new Map<RelWrite, Status>();
  for (const group of rels.groups.values()) {
    const rows = group.rows.filter((w) => !book.invalid.has(rels.rowOf.get(w)!.row));
    if (rows.length === 0) continue;
    // Only a pair of stored records can already be related: a first import asks nothing here.
    const both = rows.filter((w) => inDb.get(group.from)?.has(w.from) && inDb.get(group.to)?.has(w.to));
    const stored = both.length > 0 ? await lookup.rels(group, both) : new Map<string, Props>();
    for (const w of rows) {
      const old =
        stored.get(pairKey(w.from, w.to)) ?? (group.undirected ? stored.get(pairKey(w.to, w.from)) : undefined);
      status.set(
        w,
        !old ? 'created' : Object.entries(w.update).every(([k, v]) => sameValue(v, old[k])) ? 'unchanged' : 'updated',
      );
    }
  }
  return status;
}

function buildPlan(
  book: Bookkeeping,
  nodes: { kind: Kind; entries: NodeEntry[] }[],
  broader: { id: string; broader: string | null; at: RowRef }[],
  rels: RelResult,
  relStatus: Map<RelWrite, Status>,
): Plan {
  const ok = (at: RowRef) => !book.invalid.has(at.row);
  const sectionOf = { Person: 'people', Organisation: 'organisations', Skill: 'skills', Project: 'projects' } as const;
  for (const { kind, entries } of nodes) {
    const count = book.count(sectionOf[kind]);
    for (const e of entries.filter((x) => ok(x.at))) count[e.at.row.fillOnly ? 'matched' : e.status]++;
  }
  for (const [write, status] of relStatus) {
    const section = rels.rowOf.get(write)!.table.section;
    // LED rows read from projects.csv are counted with the project, not as rows of their own.
    if (section.type === 'rel') book.count(section.name)[status]++;
  }
  const groups = [...rels.groups.values()].map((g) => ({
    ...g,
    rows: g.rows.filter((w) => ok(rels.rowOf.get(w)!) && relStatus.get(w) !== 'unchanged'),
  }));
  for (const g of groups) for (const w of g.rows) w.stored = relStatus.get(w) === 'updated';
  // LED from projects.csv may repeat one in project_organisations.csv: write it once.
  const led = groups.find((g) => g.type === 'LED')!;
  led.rows = [...new Map(led.rows.map((w) => [`${w.from}\u0000${w.to}`, w])).values()];
  return {
    nodes: nodes.map(({ kind, entries }) => ({
      kind,
      rows: entries.filter((e) => ok(e.at) && e.status !== 'unchanged').map((e) => e.write),
    })),
    broader: broader.filter((b) => ok(b.at)).map(({ id, broader: to }) => ({ id, broader: to })),
    rels: groups.filter((g) => g.rows.length > 0),
    aliases: [],
  };
}
