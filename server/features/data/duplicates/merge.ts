/**
 * Merging records that are one real thing (docs/decisions/0017-merge.md): the kept record takes
 * the properties chosen field by field, every relationship of the others moves to it (parallel
 * ones combined: the stronger tie, the latest contact, both contexts in each language), the
 * others' ids become its aliases, and the whole merge is archived so that it can be undone
 * exactly — refused if the kept record has changed since.
 */
import { createHash, randomUUID } from 'node:crypto';
import { dateParam, type Plain } from '../../../db/convert.ts';
import type { Db, Tx } from '../../../db/driver.ts';
import { AppError } from '../../../errors.ts';
import { recordChange } from '../../../graph/changes.ts';
import { KIND_SPECS, storedProps } from '../../../shared/kinds.ts';
import { keyOf } from '../../../shared/model.ts';
import { RECORD_RELATIONSHIP_TYPES } from '../../../shared/relationships.ts';
import type { MatchKind } from '../match/resolve.ts';

interface StoredRel {
  id: string;
  type: string;
  out: boolean;
  other: string;
  otherKey: string | null;
  props: Record<string, Plain>;
}
interface StoredRecord {
  key: string;
  element: string;
  props: Record<string, Plain>;
  rels: StoredRel[];
}

/** The most a single merge takes: a handful is what people do; more is a mistake. */
export const MAX_MERGED = 10;

async function readRecords(tx: Tx, keys: string[]): Promise<Map<string, StoredRecord>> {
  const rows = await tx.run('merge-read', { keys });
  return new Map(
    rows.map((r) => [
      String(r.key),
      {
        key: String(r.key),
        element: String(r.element),
        props: r.props as Record<string, Plain>,
        rels: (r.rels as unknown as StoredRel[]) ?? [],
      },
    ]),
  );
}

/** What an undo checks: the kept record's properties and relationships, independent of element ids. */
function fingerprint(record: StoredRecord): string {
  const rels = record.rels.map((r) => JSON.stringify([r.type, r.out, r.otherKey ?? r.other, sorted(r.props)])).sort();
  return createHash('sha256')
    .update(JSON.stringify([sorted(record.props), rels]))
    .digest('hex');
}

const sorted = (props: Record<string, Plain>) =>
  Object.keys(props)
    .sort()
    .map((k) => [k, props[k]]);

/** Relationship types of the model whose parallel copies (one per merged record) become one. */
const COMBINED = new Set<string>([...RECORD_RELATIONSHIP_TYPES, 'HAS_ROLE']);
const UNDIRECTED = new Set(['KNOWS']);
const VISIBILITY_ORDER = ['public', 'organisation', 'private'];
const ROLE_ORDER = ['viewer', 'editor', 'owner'];

const str = (v: Plain | undefined): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: Plain | undefined): number | null => (typeof v === 'number' ? v : null);
const maxOf = (values: (string | number | null)[]) =>
  values.filter((v) => v !== null).reduce<string | number | null>((a, b) => (a === null || b! > a ? b : a), null);
const minOf = (values: (string | null)[]) =>
  values.filter((v) => v !== null).reduce<string | null>((a, b) => (a === null || b! < a ? b : a), null);
const joined = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => v !== null))].join(' / ') || null;
const ranked = (values: (string | null)[], order: string[]) =>
  values.filter((v): v is string => v !== null).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0] ?? null;

/** The properties of one relationship standing for several: only the fields that combine. */
function combine(type: string, rels: StoredRel[]): Record<string, unknown> {
  const all = (field: string) => rels.map((r) => r.props[field]);
  const date = (v: string | null) => (v === null ? null : dateParam(v));
  switch (type) {
    case 'KNOWS':
      return {
        strength: maxOf(all('strength').map(num)),
        lastContact: date(maxOf(all('lastContact').map(str)) as string | null),
        context: joined(all('context').map(str)),
        contextEn: joined(all('contextEn').map(str)),
        visibility: ranked(all('visibility').map(str), VISIBILITY_ORDER),
      };
    case 'MEMBER_OF':
      return {
        role: joined(all('role').map(str)),
        since: date(minOf(all('since').map(str))),
        // Still a member if any of the records still is.
        until: date(
          all('until').some((u) => u === null || u === undefined) ? null : (maxOf(all('until').map(str)) as string),
        ),
      };
    case 'HAS_SKILL':
      return { level: maxOf(all('level').map(num)) };
    case 'NEEDS':
      return { priority: maxOf(all('priority').map(num)) };
    case 'WORKED_ON':
      return { role: joined(all('role').map(str)) };
    case 'HAS_ROLE':
      return { role: ranked(all('role').map(str), ROLE_ORDER) };
    default:
      return {};
  }
}

export interface MergeInput {
  kind: MatchKind;
  keepId: string;
  mergeIds: string[];
  /** Field → the id of the record whose value the kept record takes (default: the kept one's, else the first that has one). */
  choices: Record<string, string>;
  by: string;
}

export interface MergeSummary {
  id: string;
  kind: MatchKind;
  keepId: string;
  mergedIds: string[];
  /** Relationships moved to the kept record, and parallel ones combined into one. */
  moved: number;
  combined: number;
}

function checkInput(input: MergeInput): void {
  const ids = [input.keepId, ...input.mergeIds];
  if (input.mergeIds.length === 0)
    throw new AppError('BAD_USER_INPUT', 'mergeIds: name at least one record to merge', 'mergeIds');
  if (input.mergeIds.length > MAX_MERGED)
    throw new AppError('BAD_USER_INPUT', `mergeIds: at most ${MAX_MERGED} records in one merge`, 'mergeIds');
  if (new Set(ids).size !== ids.length)
    throw new AppError('BAD_USER_INPUT', 'mergeIds: each record once, and not the kept one', 'mergeIds');
  const fields = KIND_SPECS[input.kind].fields;
  for (const [field, from] of Object.entries(input.choices)) {
    if (!fields.includes(field))
      throw new AppError('BAD_USER_INPUT', `choices: "${field}" is not a field of ${input.kind}`, 'choices');
    if (!ids.includes(from))
      throw new AppError('BAD_USER_INPUT', `choices: "${from}" is not one of the merged records`, 'choices');
  }
}

export async function mergeRecords(db: Db, input: MergeInput): Promise<MergeSummary> {
  checkInput(input);
  const keepKey = keyOf(input.kind, input.keepId);
  const goneKeys = input.mergeIds.map((id) => keyOf(input.kind, id));
  const keys = [keepKey, ...goneKeys];
  const id = randomUUID();
  return db.write(async (tx) => {
    const records = await readRecords(tx, keys);
    for (const [i, key] of keys.entries())
      if (!records.has(key)) {
        const field = i === 0 ? 'keepId' : 'mergeIds';
        throw new AppError(
          'NOT_FOUND',
          `${field}: no ${input.kind.toLowerCase()} "${key.slice(key.indexOf(':') + 1)}"`,
          field,
        );
      }
    const keep = records.get(keepKey)!;
    const props = chosenProps(input, records, keepKey, goneKeys);
    const names = keys.map((k) =>
      String(records.get(k)!.props.name ?? records.get(k)!.props.nameJa ?? records.get(k)!.props.nameEn ?? k),
    );
    await tx.run('merge-start', { id, kind: input.kind, keepKey, keys, by: input.by, names });

    const inMerge = new Set(keys.map((k) => records.get(k)!.element));
    const byType = new Map<string, { id: string; from: string; to: string }[]>();
    const groups = new Map<string, StoredRel[]>();
    const dropped: string[] = [];
    const seen = new Set<string>();
    for (const key of keys) {
      for (const rel of records.get(key)!.rels) {
        if (seen.has(rel.id)) continue;
        seen.add(rel.id);
        if (inMerge.has(rel.other)) {
          // Between two of the merged records: it would join the kept record to itself.
          dropped.push(rel.id);
          continue;
        }
        const [from, to] = rel.out ? [keep.element, rel.other] : [rel.other, keep.element];
        if (COMBINED.has(rel.type)) {
          const group = `${rel.type}\u0000${UNDIRECTED.has(rel.type) ? '' : rel.out}\u0000${rel.other}`;
          groups.set(group, [...(groups.get(group) ?? []), rel]);
        }
        if (key !== keepKey) byType.set(rel.type, [...(byType.get(rel.type) ?? []), { id: rel.id, from, to }]);
      }
    }
    // Parallel relationships: the kept record's own (or the first) stays, with combined fields.
    const survivors: { id: string; props: Record<string, unknown> }[] = [];
    let combined = 0;
    for (const rels of groups.values()) {
      if (rels.length < 2) continue;
      const own = rels.find((r) => keep.rels.includes(r)) ?? rels[0]!;
      survivors.push({ id: own.id, props: combine(own.type, rels) });
      for (const r of rels) if (r !== own) dropped.push(r.id);
      combined += rels.length - 1;
    }
    // Combined fields go on the survivor before it moves (a move copies every property).
    await tx.run('merge-set-rel', { rows: survivors });
    await tx.run('merge-delete-rels', { ids: dropped });
    const droppedSet = new Set(dropped);
    let moved = 0;
    for (const [type, rows] of byType) {
      const kept = rows.filter((r) => !droppedSet.has(r.id));
      moved += kept.length;
      if (kept.length > 0) await tx.run('merge-move-rels', { rows: kept }, { type });
    }
    const aliases = input.mergeIds.map((alias) => ({ key: `${input.kind}:${alias}`, kind: input.kind, alias }));
    await tx.run('merge-finish', { id, keepKey, props, goneKeys, aliases });
    const after = (await readRecords(tx, [keepKey])).get(keepKey)!;
    await tx.run('merge-fingerprint', { id, fingerprint: fingerprint(after) });
    await recordChange(tx, { scope: 'all' });
    return { id, kind: input.kind, keepId: input.keepId, mergedIds: input.mergeIds, moved, combined };
  });
}

function chosenProps(
  input: MergeInput,
  records: Map<string, StoredRecord>,
  keepKey: string,
  goneKeys: string[],
): Record<string, unknown> {
  const keep = records.get(keepKey)!.props;
  const spec = KIND_SPECS[input.kind];
  const values: Record<string, Plain> = {};
  for (const field of spec.fields) {
    const from = input.choices[field];
    if (from !== undefined) {
      values[field] = records.get(keyOf(input.kind, from))!.props[field] ?? null;
      continue;
    }
    const candidates = [keep, ...goneKeys.map((k) => records.get(k)!.props)].map((p) => p[field]);
    values[field] = candidates.find((v) => v !== null && v !== undefined && v !== '') ?? null;
  }
  const result = spec.schema.safeParse(values);
  if (!result.success) {
    const problem = result.error.issues[0]!;
    throw new AppError('BAD_USER_INPUT', `choices: ${String(problem.path[0] ?? '')} ${problem.message}`, 'choices');
  }
  const extras = Object.fromEntries(
    Object.entries(keep).filter(([k]) => !spec.fields.includes(k) && !['id', 'key', 'searchText'].includes(k)),
  );
  const stored = storedProps(input.kind, input.keepId, result.data, extras);
  return Object.fromEntries(Object.entries(stored).filter(([, v]) => v !== null));
}

/** Undoes a merge exactly: refused when the kept record changed since (that change would be lost). */
export async function undoMerge(db: Db, id: string): Promise<MergeListed> {
  return db.write(async (tx) => {
    const [row] = await tx.run('merge-get', { id });
    const merge = row?.merge as
      | {
          kind: MatchKind;
          keepKey: string;
          keys: string[];
          names: string[];
          at: string;
          fingerprint: string;
          undoneAt: string | null;
        }
      | undefined;
    if (!merge) throw new AppError('NOT_FOUND', `id: no merge "${id}"`, 'id');
    if (merge.undoneAt) throw new AppError('CONFLICT', 'id: this merge was already undone', 'id');
    const keep = (await readRecords(tx, [merge.keepKey])).get(merge.keepKey);
    if (!keep || fingerprint(keep) !== merge.fingerprint)
      throw new AppError(
        'CONFLICT',
        'id: the kept record has changed since the merge (its properties or relationships); undoing would lose that change',
        'id',
      );
    await tx.run('merge-undo-nodes', { id }, { label: merge.kind });
    const types = await tx.run('merge-archived-types', { id });
    for (const t of types) await tx.run('merge-undo-rels', { id, type: t.type }, { type: String(t.type) });
    await tx.run('merge-undo-finish', { id });
    await recordChange(tx, { scope: 'all' });
    const keepId = merge.keepKey.slice(merge.keepKey.indexOf(':') + 1);
    return { id, kind: merge.kind, keepId, names: merge.names, at: merge.at, undone: true };
  });
}

export interface MergePreview {
  kind: MatchKind;
  records: { id: string; name: string; relationships: number }[];
  fields: { field: string; values: { id: string; value: string | null; hidden: boolean }[] }[];
}

/** Fields the API never shows, administrators included (as exports leave them out): chosen blind. */
const NEVER_SHOWN = new Set(['email']);

/** The records a merge would join, side by side (each id must name a stored record). */
export async function mergePreview(db: Db, kind: MatchKind, ids: string[]): Promise<MergePreview> {
  if (ids.length < 2 || ids.length > MAX_MERGED + 1)
    throw new AppError('BAD_USER_INPUT', `ids: from 2 to ${MAX_MERGED + 1} records`, 'ids');
  if (new Set(ids).size !== ids.length) throw new AppError('BAD_USER_INPUT', 'ids: each record once', 'ids');
  const keys = ids.map((id) => keyOf(kind, id));
  const records = await db.read((tx) => readRecords(tx, keys));
  const missing = ids.find((id) => !records.has(keyOf(kind, id)));
  if (missing !== undefined) throw new AppError('NOT_FOUND', `ids: no ${kind.toLowerCase()} "${missing}"`, 'ids');
  const list = keys.map((k) => records.get(k)!);
  const text = (v: Plain | undefined) => (v === null || v === undefined || v === '' ? null : String(v));
  return {
    kind,
    records: list.map((r, i) => ({ id: ids[i]!, name: nameOfProps(r.props, ids[i]!), relationships: r.rels.length })),
    fields: KIND_SPECS[kind].fields.map((field) => ({
      field,
      values: list.map((r, i) => {
        const value = text(r.props[field]);
        return NEVER_SHOWN.has(field)
          ? { id: ids[i]!, value: null, hidden: value !== null }
          : { id: ids[i]!, value, hidden: false };
      }),
    })),
  };
}

const nameOfProps = (props: Record<string, Plain>, fallback: string) =>
  String(props.name ?? props.nameJa ?? props.nameEn ?? fallback);

export interface MergeListed {
  id: string;
  kind: MatchKind;
  keepId: string;
  names: string[];
  at: string;
  undone: boolean;
}

export async function listMerges(db: Db, limit: number): Promise<MergeListed[]> {
  const rows = await db.read((tx) => tx.run('merge-list', { limit }));
  return rows.map((r) => {
    const m = r.merge as {
      id: string;
      kind: MatchKind;
      keepKey: string;
      names: string[];
      at: string;
      undoneAt: string | null;
    };
    return {
      id: m.id,
      kind: m.kind,
      keepId: m.keepKey.slice(m.keepKey.indexOf(':') + 1),
      names: m.names,
      at: m.at,
      undone: m.undoneAt !== null && m.undoneAt !== undefined,
    };
  });
}
