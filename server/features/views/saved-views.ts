/**
 * Named saved views of the explorer's map (docs/decisions/0024-saved-views-and-time.md).
 *
 * - A view belongs to the account that saved it: only that account lists, renames and deletes it.
 *   Anyone else's view is "not found" for those, exactly as an id that does not exist.
 * - Sharing is its link: any signed-in account may open a view by id. The view holds node keys and
 *   figures only (the explorer's query string, positions, the introduction question), and it is
 *   read through the reader's own sight: keys the reader may not see are taken out of the link,
 *   the positions and the question before it leaves the server. The map is then drawn from the
 *   reader's own neighbourhood query, so a view never shows more than its reader may see.
 * - Saving checks every key against the saver's sight: a key they may not see, or that does not
 *   exist, is refused with its field, so a view never smuggles in a key.
 * - An account keeps at most MAX_VIEWS views (the list shows them all); views go with the account
 *   when it is erased and are part of its "My data" download.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { bookkeeping } from '../../graph/changes.ts';
import { readScope } from '../../graph/read-scope.ts';
import { parseKey } from '../../shared/model.ts';
import * as v from '../../shared/validation.ts';
import type { Viewer } from '../../shared/viewer.ts';

export const MAX_POSITIONS = 5000;
export const MAX_STATE = 4000;
const COORDINATE = 1e7;

/** Query-string parameters that hold one node key, and those that hold a comma-separated list. */
const KEY_PARAMS = ['node', 'sel', 'focus'] as const;
const KEY_LIST_PARAMS = ['exp', 'hide'] as const;

const nodeKey = z.string().refine((s) => {
  const parsed = parseKey(s);
  return parsed !== undefined && v.id.safeParse(parsed.id).success;
}, 'must be a node key such as Person:p001');

const coordinate = z
  .number()
  .refine(
    (n) => Number.isFinite(n) && Math.abs(n) <= COORDINATE,
    `must be a number from -${COORDINATE} to ${COORDINATE}`,
  );

const inputSchema = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100, 'takes at most 100 characters'),
  state: z
    .string()
    .max(MAX_STATE, `takes at most ${MAX_STATE} characters`)
    .refine((s) => s === '' || s.startsWith('?'), "must be the explorer's query string, starting with ?"),
  positions: z
    .array(z.object({ key: nodeKey, x: coordinate, y: coordinate }))
    .max(MAX_POSITIONS, `takes at most ${MAX_POSITIONS} nodes`),
  introduction: z
    .object({
      from: nodeKey,
      to: nodeKey,
      minLevel: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5').nullish(),
      maxHops: z.number().int().min(1, 'must be from 1 to 6').max(6, 'must be from 1 to 6').nullish(),
    })
    .nullish(),
});

interface StoredIntroduction {
  from: string;
  to: string;
  minLevel: number;
  maxHops: number;
}

type Position = [key: string, x: number, y: number];

/** Views one account may keep (saved-view-list answers up to 200). */
export const MAX_VIEWS = 200;

function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to use Tsunagari.');
  return viewer;
}

/** Every node key a query string names (centre, selection, focus, expanded, hidden). */
function stateKeys(params: URLSearchParams): string[] {
  const single = KEY_PARAMS.flatMap((name) => params.get(name) ?? []);
  const lists = KEY_LIST_PARAMS.flatMap((name) => (params.get(name) ?? '').split(',').filter(Boolean));
  return [...single, ...lists];
}

/** Of `keys`, those that exist and the viewer may see (the explorer's own rule). */
async function visibleKeys(db: Db, viewer: Viewer, keys: readonly string[]): Promise<Set<string>> {
  const wanted = [...new Set(keys)].filter((k) => parseKey(k) !== undefined);
  if (wanted.length === 0) return new Set();
  const rows = await db.read((tx) => tx.run('neighbourhood-start', { ...readScope(viewer), keys: wanted }));
  return new Set(rows.map((r) => String(r.key)));
}

function refuseUnknown(keys: readonly string[], seen: Set<string>, field: (i: number) => string): void {
  const i = keys.findIndex((k) => !seen.has(k));
  if (i >= 0) throw badInput(field(i), `no node with key "${keys[i]}"`);
}

export async function saveView(db: Db, raw: unknown, rawViewer: Viewer | null) {
  const viewer = signedIn(rawViewer);
  const input = v.parse(inputSchema, raw, 'input');
  const params = new URLSearchParams(input.state);
  const positionKeys = input.positions.map((p) => p.key);
  const twice = positionKeys.findIndex((k, i) => positionKeys.indexOf(k) !== i);
  if (twice >= 0) throw badInput(`input.positions.${twice}.key`, `"${positionKeys[twice]}" is listed twice`);
  const inState = stateKeys(params);
  const intro = input.introduction ? [input.introduction.from, input.introduction.to] : [];
  const seen = await visibleKeys(db, viewer, [...positionKeys, ...inState, ...intro]);
  refuseUnknown(positionKeys, seen, (i) => `input.positions.${i}.key`);
  refuseUnknown(inState, seen, () => 'input.state');
  refuseUnknown(intro, seen, (i) => `input.introduction.${i === 0 ? 'from' : 'to'}`);
  const introduction: StoredIntroduction | null = input.introduction
    ? {
        from: input.introduction.from,
        to: input.introduction.to,
        minLevel: input.introduction.minLevel ?? 1,
        maxHops: input.introduction.maxHops ?? 4,
      }
    : null;
  const id = `view-${randomBytes(8).toString('hex')}`;
  const positions: Position[] = input.positions.map((p) => [p.key, p.x, p.y]);
  await bookkeeping(db, async (tx) => {
    const [count] = await tx.run('saved-view-count', { owner: viewer.accountId });
    if (Number(count?.views ?? 0) >= MAX_VIEWS)
      throw new AppError('CONFLICT', `you already keep ${MAX_VIEWS} saved views: delete one before saving another`);
    await tx.run('saved-view-save', {
      id,
      owner: viewer.accountId,
      name: input.name,
      state: input.state,
      positions: JSON.stringify(positions),
      introduction: introduction ? JSON.stringify(introduction) : null,
    });
  });
  return (await readViews(db, viewer, { ids: [id] }))[0]!;
}

export async function savedViews(db: Db, viewer: Viewer | null) {
  const me = signedIn(viewer);
  return readViews(db, me, { owner: me.accountId });
}

export async function savedView(db: Db, rawId: unknown, viewer: Viewer | null) {
  const id = v.parse(v.id, rawId, 'id');
  return (await readViews(db, signedIn(viewer), { ids: [id] }))[0] ?? null;
}

export async function renameView(db: Db, rawId: unknown, rawName: unknown, rawViewer: Viewer | null) {
  const viewer = signedIn(rawViewer);
  const id = v.parse(v.id, rawId, 'id');
  const name = v.parse(inputSchema.shape.name, rawName, 'name');
  const rows = await bookkeeping(db, (tx) => tx.run('saved-view-rename', { id, owner: viewer.accountId, name }));
  if (rows.length === 0) throw notYours(id);
  return (await readViews(db, viewer, { ids: [id] }))[0]!;
}

export async function deleteView(db: Db, rawId: unknown, rawViewer: Viewer | null) {
  const viewer = signedIn(rawViewer);
  const id = v.parse(v.id, rawId, 'id');
  const [row] = await bookkeeping(db, (tx) => tx.run('saved-view-delete', { id, owner: viewer.accountId }));
  if (!row || Number(row.deleted) === 0) throw notYours(id);
  return { id, relationshipsRemoved: 0 };
}

/** Someone else's view answers exactly as one that does not exist. */
const notYours = (id: string) => new AppError('NOT_FOUND', `id: no saved view of yours with id "${id}"`, 'id');

/** The query string with the keys the reader may not see taken out ('' when the centre is one). */
export function stateFor(state: string, seen: ReadonlySet<string>): string {
  const params = new URLSearchParams(state);
  const centre = params.get('node');
  if (centre !== null && !seen.has(centre)) return '';
  for (const name of KEY_PARAMS) {
    const value = params.get(name);
    if (value !== null && !seen.has(value)) params.delete(name);
  }
  for (const name of KEY_LIST_PARAMS) {
    const kept = (params.get(name) ?? '').split(',').filter((k) => k !== '' && seen.has(k));
    if (kept.length > 0) params.set(name, kept.join(','));
    else params.delete(name);
  }
  const text = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return text === '' ? '' : `?${text}`;
}

async function readViews(db: Db, viewer: Viewer, where: { ids?: string[]; owner?: string }) {
  const rows = await db.read((tx) => tx.run('saved-view-list', { ids: where.ids ?? null, owner: where.owner ?? null }));
  const parsed = rows.map((row: Record<string, Plain>) => ({
    row,
    positions: JSON.parse(String(row.positions)) as Position[],
    introduction: row.introduction ? (JSON.parse(String(row.introduction)) as StoredIntroduction) : null,
  }));
  const keys = parsed.flatMap(({ row, positions, introduction }) => [
    ...positions.map(([key]) => key),
    ...stateKeys(new URLSearchParams(String(row.state))),
    ...(introduction ? [introduction.from, introduction.to] : []),
  ]);
  const seen = await visibleKeys(db, viewer, keys);
  return parsed.map(({ row, positions, introduction }) => ({
    id: String(row.id),
    name: String(row.name),
    state: stateFor(String(row.state), seen),
    positions: positions.filter(([key]) => seen.has(key)).map(([key, x, y]) => ({ key, x, y })),
    introduction: introduction && seen.has(introduction.from) && seen.has(introduction.to) ? introduction : null,
    mine: row.owner === viewer.accountId,
    created: String(row.created),
    updated: String(row.updated),
  }));
}
