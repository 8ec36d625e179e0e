/**
 * Writing relationships: memberships, skill holdings, project participation, ties, project
 * organisations and needs. One spec per relationship says its type, ends, fields and checks;
 * create/update/delete are the same three steps for all of them.
 */
import type { Plain } from '../../db/convert.ts';
import type { Db, Tx } from '../../db/driver.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { recordChange, type Change } from '../../graph/changes.ts';
import type { RelSpec } from '../../shared/relationships.ts';
import { KIND_WORD, parseId, requireNode, toParams } from './nodes.ts';

export { REL_SPECS, type RelName, type RelSpec } from '../../shared/relationships.ts';
import * as v from '../../shared/validation.ts';

type Props = Record<string, Plain>;
type Raw = Record<string, unknown>;

const identifiers = (spec: RelSpec) => ({ from: spec.from, to: spec.to, type: spec.type });

interface Located {
  from: string;
  to: string;
  rel: Props;
}

/** The stored relationship between the two ends, in whichever direction a tie was stored. */
async function locate(tx: Tx, spec: RelSpec, a: string, b: string): Promise<Located | undefined> {
  if (spec.undirected) {
    const [row] = await tx.run('tie-find', { a, b });
    return row ? { from: String(row.from), to: String(row.to), rel: row.rel as Props } : undefined;
  }
  const [row] = await tx.run('rel-get', { from: a, to: b }, identifiers(spec));
  return row ? { from: a, to: b, rel: row.rel as Props } : undefined;
}

function ends(spec: RelSpec, raw: Raw, prefix: string): [string, string] {
  const a = parseId(raw[spec.fromField], `${prefix}${spec.fromField}`);
  const b = parseId(raw[spec.toField], `${prefix}${spec.toField}`);
  if (spec.undirected && a === b)
    throw badInput(`${prefix}${spec.toField}`, 'a person cannot have a tie to themselves');
  return [a, b];
}

async function built<M>(tx: Tx, spec: RelSpec<M>, a: string, b: string, rel: Props): Promise<M> {
  const from = await requireNode(tx, spec.from, a, spec.fromField);
  const to = await requireNode(tx, spec.to, b, spec.toField);
  return spec.build(from, to, rel);
}

/**
 * What a write to this relationship changes in the in-memory network (server/graph/changes.ts):
 * a membership, holding or tie only its people's rows; a participation, a need or a project's
 * organisations the shared tables.
 */
function changeOf(spec: RelSpec, a: string, b: string): Change {
  switch (spec.type) {
    case 'KNOWS':
      return { scope: 'people', people: [a, b] };
    case 'MEMBER_OF':
    case 'HAS_SKILL':
      return { scope: 'people', people: [a] };
    default:
      // WORKED_ON, NEEDS and a project's organisations (LED, PARTNERED_IN): the shared tables.
      return { scope: 'shared' };
  }
}

const describe = (spec: RelSpec, a: string, b: string) => `${spec.type} from "${a}" to "${b}"`;

/** Why there is no such relationship: an end that does not exist (named first, as a write names it), or none between them. */
async function missing(tx: Tx, spec: RelSpec, a: string, b: string): Promise<AppError> {
  const [row] = await tx.run('rel-endpoints', { from: a, to: b }, identifiers(spec));
  if (!row?.fromExists) return notFound(spec.fromField, KIND_WORD[spec.from], a);
  if (!row.toExists) return notFound(spec.toField, KIND_WORD[spec.to], b);
  return new AppError('NOT_FOUND', `${spec.fromField}: no ${describe(spec, a, b)}`, spec.fromField);
}

export async function createRel<M>(db: Db, spec: RelSpec<M>, input: Raw): Promise<M> {
  const [a, b] = ends(spec, input, 'input.');
  const fields = Object.fromEntries(spec.fields.map((f) => [f, input[f]]));
  const props = v.parse(spec.schema, fields, 'input');
  return db.write(async (tx) => {
    const [row] = await tx.run('rel-endpoints', { from: a, to: b }, identifiers(spec));
    if (!row?.fromExists) throw notFound(`input.${spec.fromField}`, KIND_WORD[spec.from], a);
    if (!row.toExists) throw notFound(`input.${spec.toField}`, KIND_WORD[spec.to], b);
    if (await locate(tx, spec, a, b)) {
      throw new AppError('CONFLICT', `input: ${describe(spec, a, b)} already exists; update it instead`, 'input');
    }
    const [created] = await tx.run('rel-create', { from: a, to: b, props: toParams(props) }, identifiers(spec));
    await recordChange(tx, changeOf(spec, a, b));
    return built(tx, spec, a, b, created!.rel as Props);
  });
}

export async function updateRel<M>(db: Db, spec: RelSpec<M>, keys: Raw, patch: Raw): Promise<M> {
  const [a, b] = ends(spec, keys, '');
  const unknown = Object.keys(patch).find((f) => !spec.fields.includes(f));
  if (unknown) throw badInput(`patch.${unknown}`, 'is not a field of this relationship');
  return db.write(async (tx) => {
    const found = await locate(tx, spec, a, b);
    if (!found) throw await missing(tx, spec, a, b);
    const current = Object.fromEntries(spec.fields.map((f) => [f, found.rel[f] ?? null]));
    const props = v.parse(spec.schema, { ...current, ...patch }, 'patch');
    const [row] = await tx.run(
      'rel-replace',
      { from: found.from, to: found.to, props: toParams(props) },
      identifiers(spec),
    );
    await recordChange(tx, changeOf(spec, a, b));
    return built(tx, spec, a, b, row!.rel as Props);
  });
}

export async function deleteRel(
  db: Db,
  spec: RelSpec,
  keys: Raw,
): Promise<{ id: string; relationshipsRemoved: number }> {
  const [a, b] = ends(spec, keys, '');
  return db.write(async (tx) => {
    const found = await locate(tx, spec, a, b);
    if (!found) throw await missing(tx, spec, a, b);
    await tx.run('rel-delete', { from: found.from, to: found.to }, identifiers(spec));
    await recordChange(tx, changeOf(spec, a, b));
    return { id: `${spec.type}:${spec.from}:${found.from}->${spec.to}:${found.to}`, relationshipsRemoved: 1 };
  });
}
