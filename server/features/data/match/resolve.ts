/**
 * Matching on import (docs/decisions/0016-matching.md): before a bundle is validated, every
 * organisation, skill and person row whose id is not stored is matched against the stored
 * records and the bundle's earlier rows. A sure match (or one the user confirmed) makes the row
 * *be* that record: its id is replaced everywhere in the bundle, its values only fill the stored
 * record's empty fields, and its own id is kept as an alias so that the next import of the same
 * file finds the record by id. Two rows of the bundle that are one record become one row.
 *
 * Organisations and skills are matched first, so that a person's organisations can count as
 * evidence in their own terms (a member list names its organisation its own way).
 */
import type { Kind } from '../../../shared/model.ts';
import { SECTIONS, type SectionName } from '../import/format.ts';
import type { SourceRow, SourceTable } from '../import/tables.ts';
import {
  matcherFor,
  recordName,
  SURE,
  type AnyRecord,
  type MatchKind,
  type MatchReason,
  type OrgRecord,
  type PersonRecord,
  type Scored,
  type SkillRecord,
} from './matcher.ts';

export type MatchMode = 'sure' | 'ask' | 'off';
export type { MatchKind };
export const MATCH_KINDS: readonly MatchKind[] = ['Organisation', 'Skill', 'Person'];

/** A user's answer to a possible match: the row is (same) or is not that record. */
export interface MatchDecision {
  kind: MatchKind;
  importedId: string;
  targetId: string;
  same: boolean;
}

export type ProposalStatus = 'sure' | 'confirmed' | 'rejected' | 'undecided' | 'unused';

export interface MatchProposal {
  kind: MatchKind;
  importedId: string;
  name: string;
  file: string;
  line: number | null;
  targetId: string;
  targetName: string;
  /** The target is a stored record (else an earlier row of this bundle). */
  targetStored: boolean;
  score: number;
  reasons: MatchReason[];
  /** sure: used; confirmed/rejected: as the user decided; undecided: waits (ask); unused: mode sure. */
  status: ProposalStatus;
}

/** Every stored record of a kind the lookup may see (matching reads them once per import). */
export function storedRecords(lookup: MatchLookup, kind: MatchKind): Promise<AnyRecord[]> {
  return kind === 'Organisation' ? lookup.organisations() : kind === 'Skill' ? lookup.skills() : lookup.people();
}

/** The stored side, read once per import. */
export interface MatchLookup {
  /** Which of these ids are stored records of the kind. */
  existing(kind: MatchKind, ids: string[]): Promise<Set<string>>;
  /** Records whose alias (an id an earlier import gave them) is among these; alias → record id. */
  aliases(kind: MatchKind, ids: string[]): Promise<Map<string, string>>;
  organisations(): Promise<OrgRecord[]>;
  skills(): Promise<SkillRecord[]>;
  people(): Promise<PersonRecord[]>;
}

export interface MatchOutcome {
  proposals: MatchProposal[];
  /** Ids to keep as aliases of the record they were matched to (written with the import). */
  aliases: { kind: MatchKind; alias: string; target: string }[];
  /** Rows taken out of the bundle because they are another row's record (or a reference only). */
  removed: Map<SectionName, number>;
}

export interface MatchOptions {
  mode: MatchMode;
  decisions?: MatchDecision[];
  /**
   * An organisation's import: a row matched to a stored record only refers to it (it never fills
   * in another organisation's record), so the row is taken out and only its id is replaced.
   */
  referenceOnly?: boolean;
}

const str = (v: unknown): string | null => {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

interface Entry {
  table: SourceTable;
  row: SourceRow;
  id: string;
}

function nodeRows(tables: SourceTable[], kind: Kind): Entry[] {
  const out: Entry[] = [];
  for (const table of tables) {
    if (table.section.type !== 'node' || table.section.kind !== kind) continue;
    for (const row of table.rows) {
      const id = str(row.values.id);
      if (id) out.push({ table, row, id });
    }
  }
  return out;
}

const nameOf = (kind: MatchKind, v: Record<string, unknown>): string =>
  (kind === 'Skill' ? (str(v.nameJa) ?? str(v.nameEn)) : str(v.name)) ?? '';

/** Every place in the bundle that names a record of `kind`: the node rows' ids and references. */
function rewriteReferences(tables: SourceTable[], kind: Kind, to: Map<string, string>): void {
  if (to.size === 0) return;
  for (const table of tables) {
    const section = table.section;
    const fields =
      section.type === 'node'
        ? section.refs.filter((r) => r.kind === kind).map((r) => r.field)
        : [
            ...(section.fromKind === kind ? [section.fromField] : []),
            ...(section.toKind === kind ? [section.toField] : []),
          ];
    if (fields.length === 0) continue;
    for (const row of table.rows)
      for (const field of fields) {
        const id = str(row.values[field]);
        const target = id === null ? undefined : to.get(id);
        if (target !== undefined) row.values[field] = target;
      }
  }
}

/** Relationship rows that became the same relationship once their ends were matched: kept once. */
function dropRepeatedRelationships(
  tables: SourceTable[],
  matchedEnds: WeakSet<SourceRow>,
  removed: Map<SectionName, number>,
): void {
  for (const section of SECTIONS) {
    if (section.type !== 'rel') continue;
    const seen = new Map<string, SourceRow>();
    for (const table of tables.filter((t) => t.section === section)) {
      const kept: SourceRow[] = [];
      for (const row of table.rows) {
        const ends = [str(row.values[section.fromField]), str(row.values[section.toField])];
        if (section.name === 'ties') ends.sort();
        const key = ends.join('\u0000');
        const first = seen.get(key);
        if (first && ends[0] !== null && ends[1] !== null && matchedEnds.has(row)) {
          fillEmpty(first.values, row.values);
          removed.set(section.name, (removed.get(section.name) ?? 0) + 1);
          continue;
        }
        if (!first) seen.set(key, row);
        kept.push(row);
      }
      table.rows = kept;
    }
  }
}

function fillEmpty(into: Record<string, unknown>, from: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(from)) {
    if (field === 'id') continue;
    if (str(into[field]) === null && str(value) !== null) into[field] = value;
  }
}

function markMatchedEnds(
  tables: SourceTable[],
  kind: Kind,
  to: Map<string, string>,
  matchedEnds: WeakSet<SourceRow>,
): void {
  for (const table of tables) {
    const section = table.section;
    if (section.type !== 'rel') continue;
    const fields = [
      ...(section.fromKind === kind ? [section.fromField] : []),
      ...(section.toKind === kind ? [section.toField] : []),
    ];
    for (const row of table.rows) if (fields.some((f) => to.has(str(row.values[f]) ?? ''))) matchedEnds.add(row);
  }
}

function recordOf(kind: MatchKind, id: string, v: Record<string, unknown>, orgs: string[]): AnyRecord {
  if (kind === 'Organisation')
    return {
      id,
      name: str(v.name) ?? '',
      nameKana: str(v.nameKana),
      nameEn: str(v.nameEn),
      prefecture: str(v.prefecture),
    };
  if (kind === 'Skill') return { id, nameJa: str(v.nameJa), nameEn: str(v.nameEn) };
  return {
    id,
    name: str(v.name) ?? '',
    nameKana: str(v.nameKana),
    nameLatin: str(v.nameLatin),
    email: str(v.email),
    organisations: orgs,
  };
}

/** The bundle's memberships: person id → organisation ids (already in matched terms). */
function bundleMemberships(tables: SourceTable[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const table of tables.filter((t) => t.section.name === 'memberships')) {
    for (const row of table.rows) {
      const person = str(row.values.personId);
      const org = str(row.values.organisationId);
      if (person && org) out.set(person, [...(out.get(person) ?? []), org]);
    }
  }
  return out;
}

/**
 * Matches the bundle's organisation, skill and person rows and rewrites the tables in place
 * (ids, references, merged rows). Returns what was matched, for the report and the aliases.
 */
export async function matchBundle(
  tables: SourceTable[],
  lookup: MatchLookup,
  options: MatchOptions,
): Promise<MatchOutcome> {
  const outcome: MatchOutcome = { proposals: [], aliases: [], removed: new Map() };
  if (options.mode === 'off') return outcome;
  const matchedEnds = new WeakSet<SourceRow>();
  const decided = new Map((options.decisions ?? []).map((d) => [`${d.kind}\u0000${d.importedId}`, d]));
  for (const kind of MATCH_KINDS) {
    const entries = nodeRows(tables, kind);
    if (entries.length === 0) continue;
    const ids = [...new Set(entries.map((e) => e.id))];
    const stored = await lookup.existing(kind, ids);
    const aliases = await lookup.aliases(
      kind,
      ids.filter((id) => !stored.has(id)),
    );
    const unknown = entries.filter((e) => !stored.has(e.id) && !aliases.has(e.id));
    const to = new Map<string, string>(aliases);
    if (unknown.length > 0 || aliases.size > 0)
      await matchKind(kind, entries, unknown, to, lookup, tables, decided, options, outcome);
    for (const [alias, target] of to) if (alias !== target) outcome.aliases.push({ kind, alias, target });
    markMatchedEnds(tables, kind, to, matchedEnds);
    rewriteReferences(tables, kind, to);
  }
  dropRepeatedRelationships(tables, matchedEnds, outcome.removed);
  return outcome;
}

async function matchKind(
  kind: MatchKind,
  entries: Entry[],
  unknown: Entry[],
  to: Map<string, string>,
  lookup: MatchLookup,
  tables: SourceTable[],
  decided: Map<string, MatchDecision>,
  options: MatchOptions,
  outcome: MatchOutcome,
): Promise<void> {
  // Stored records, and the bundle's rows from other tools' exports (tables.ts `external`): rows
  // of the Tsunagari format are one record per id, and are matched with stored records only.
  const matcher = matcherFor(kind);
  const named = matcherFor(kind);
  const names = new Map<string, string>();
  const storedIds = new Set<string>();
  if (unknown.length > 0) {
    for (const r of await storedRecords(lookup, kind)) {
      matcher.add(r);
      storedIds.add(r.id);
      names.set(r.id, recordName(r));
    }
  }
  const memberships = kind === 'Person' ? bundleMemberships(tables) : new Map<string, string[]>();
  const unknownRows = new Set(unknown.map((e) => e.row));
  /** The row that is each record in the bundle (by final id): a later row of the same record merges into it. */
  const rowOf = new Map<string, Entry>();
  const count = (map: Map<SectionName, number>, e: Entry) =>
    map.set(e.table.section.name, (map.get(e.table.section.name) ?? 0) + 1);
  const drop = new Set<SourceRow>();
  for (const e of entries) {
    const record = recordOf(kind, e.id, e.row.values, memberships.get(e.id) ?? []);
    let target = to.get(e.id);
    if (target === undefined && unknownRows.has(e.row)) {
      const found = better(matcher.match(record), e.table.external ? named.match(record) : null);
      if (found) {
        const status = statusOf(kind, e.id, found, decided, options.mode);
        outcome.proposals.push({
          kind,
          importedId: e.id,
          name: nameOf(kind, e.row.values),
          file: e.table.file,
          line: e.row.line,
          targetId: found.targetId,
          targetName: names.get(found.targetId) ?? found.targetId,
          targetStored: storedIds.has(found.targetId),
          score: found.score,
          reasons: found.reasons,
          status,
        });
        if (status === 'sure' || status === 'confirmed') {
          target = to.get(found.targetId) ?? found.targetId;
          to.set(e.id, target);
        }
      }
    }
    const finalId = target ?? e.id;
    const first = rowOf.get(finalId);
    if (first && first.row !== e.row && target !== undefined) {
      // A second row of one record: its values fill the first row's gaps, and it goes.
      fillEmpty(first.row.values, e.row.values);
      drop.add(e.row);
      count(outcome.removed, e);
      continue;
    }
    if (target !== undefined) {
      e.row.values.id = target;
      if (storedIds.has(target) || !unknownRows.has(e.row)) {
        if (options.referenceOnly) {
          drop.add(e.row);
          count(outcome.removed, e);
          continue;
        }
        e.row.fillOnly = true;
      }
    }
    if (!first) rowOf.set(finalId, e);
    if (target === undefined && unknownRows.has(e.row) && e.table.external) {
      named.add(record);
      names.set(e.id, nameOf(kind, e.row.values) || e.id);
    }
  }
  for (const table of tables)
    if (table.rows.some((r) => drop.has(r))) table.rows = table.rows.filter((r) => !drop.has(r));
}

const better = (a: Scored | null, b: Scored | null): Scored | null => (!a ? b : !b ? a : b.score > a.score ? b : a);

function statusOf(
  kind: MatchKind,
  importedId: string,
  found: Scored,
  decided: Map<string, MatchDecision>,
  mode: MatchMode,
): ProposalStatus {
  const decision = decided.get(`${kind}\u0000${importedId}`);
  // A decision about another target (the data changed since) does not answer this proposal.
  if (decision && decision.targetId === found.targetId) return decision.same ? 'confirmed' : 'rejected';
  if (found.score >= SURE) return 'sure';
  return mode === 'ask' ? 'undecided' : 'unused';
}
