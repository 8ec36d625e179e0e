/**
 * Reading and writing the four node kinds. Every write validates first, then runs in one write
 * transaction: a rejected request leaves the database as it was.
 */
import { personVisibleTo } from '../../graph/read-scope.ts';
import { currentNetwork } from '../../graph/store.ts';
import type { Viewer } from '../../shared/viewer.ts';
import type { Plain } from '../../db/convert.ts';
import type { Db, Tx } from '../../db/driver.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { recordChange, type Change } from '../../graph/changes.ts';
import { KIND_SPECS, modelOf, newId, parseId, storedProps, toParams } from '../../shared/kinds.ts';
import type { Kind, NodeModel } from '../../shared/model.ts';
import { parse } from '../../shared/validation.ts';

type Props = Record<string, Plain>;
type Raw = Record<string, unknown>;

const KIND_WORD: Record<Kind, string> = {
  Person: 'person',
  Organisation: 'organisation',
  Skill: 'skill',
  Project: 'project',
};

export async function findNode(tx: Tx, kind: Kind, id: string): Promise<Props | undefined> {
  const [row] = await tx.run('node-get', { id }, { label: kind });
  return row ? (row.node as Props) : undefined;
}

/** A node by id; a hidden person is absent unless the viewer may see them (read-scope.ts). */
export async function getNode(db: Db, kind: Kind, rawId: unknown, viewer: Viewer | null): Promise<NodeModel | null> {
  const id = parseId(rawId, 'id');
  const props = await db.read((tx) => findNode(tx, kind, id));
  if (!props) return null;
  if (kind === 'Person' && props.discoverable === false) {
    if (!personVisibleTo((await currentNetwork(db)).network, viewer, id)) return null;
  }
  return modelOf(kind, props);
}

async function requireNode(tx: Tx, kind: Kind, id: string, field: string): Promise<Props> {
  const props = await findNode(tx, kind, id);
  if (!props) throw notFound(field, KIND_WORD[kind], id);
  return props;
}

function splitInput(kind: Kind, input: Raw): { fields: Raw; broaderId: unknown } {
  const { id: _id, broaderId, ...fields } = input;
  void _id;
  if (kind !== 'Skill' && broaderId !== undefined)
    throw badInput('input.broaderId', 'only skills have a broader skill');
  return { fields, broaderId };
}

function validate(kind: Kind, fields: Raw, field: string): Props {
  return parse(KIND_SPECS[kind].schema, fields, field);
}

/** Links a skill to its broader skill, refusing unknown skills and cycles. */
async function setBroader(tx: Tx, skillId: string, broaderRaw: unknown, field: string): Promise<void> {
  const broader = broaderRaw === null || broaderRaw === undefined ? null : parseId(broaderRaw, field);
  if (broader !== null) {
    await requireNode(tx, 'Skill', broader, field);
    const [row] = await tx.run('skill-broader-chain', { id: broader });
    const chain = (row?.ids ?? []) as string[];
    if (chain.includes(skillId)) throw badInput(field, `"${broader}" is already narrower than "${skillId}" (a cycle)`);
  }
  await tx.run('skill-set-broader', { id: skillId, broader });
}

/** What a write to a node changes in the in-memory network (server/graph/changes.ts). */
const changeOf = (kind: Kind, id: string): Change =>
  kind === 'Person' ? { scope: 'people', people: [id] } : { scope: 'shared' };

export async function createNode(db: Db, kind: Kind, input: Raw): Promise<NodeModel> {
  const id = input.id === undefined || input.id === null ? newId(kind) : parseId(input.id, 'input.id');
  const { fields, broaderId } = splitInput(kind, input);
  const props = validate(kind, fields, 'input');
  return db.write(async (tx) => {
    if (await findNode(tx, kind, id)) {
      throw new AppError('CONFLICT', `input.id: a ${KIND_WORD[kind]} with id "${id}" already exists`, 'input.id');
    }
    const [row] = await tx.run('node-create', { props: toParams(storedProps(kind, id, props)) }, { label: kind });
    if (kind === 'Skill' && broaderId !== undefined) await setBroader(tx, id, broaderId, 'input.broaderId');
    await recordChange(tx, changeOf(kind, id));
    return modelOf(kind, row!.node as Props);
  });
}

/** Creates or replaces the node with this id; the same input twice leaves the same state. */
export async function upsertNode(db: Db, kind: Kind, input: Raw): Promise<NodeModel> {
  if (input.id === undefined || input.id === null) throw badInput('input.id', 'is required for an upsert');
  const id = parseId(input.id, 'input.id');
  const { fields, broaderId } = splitInput(kind, input);
  const props = validate(kind, fields, 'input');
  return db.write(async (tx) => {
    const existing = await findNode(tx, kind, id);
    const keep: Props = existing?.dataset ? { dataset: existing.dataset } : {};
    const [row] = await tx.run(
      'node-upsert',
      { id, props: toParams(storedProps(kind, id, props, keep)) },
      { label: kind },
    );
    if (kind === 'Skill') await setBroader(tx, id, broaderId ?? null, 'input.broaderId');
    await recordChange(tx, changeOf(kind, id));
    return modelOf(kind, row!.node as Props);
  });
}

/** Changes the given fields; null clears a field. The merged result is validated as a whole. */
export async function updateNode(db: Db, kind: Kind, rawId: unknown, patch: Raw): Promise<NodeModel> {
  const id = parseId(rawId, 'id');
  const { fields, broaderId } = splitInput(kind, patch);
  const allowed = new Set(KIND_SPECS[kind].fields);
  const unknown = Object.keys(fields).find((f) => !allowed.has(f));
  if (unknown) throw badInput(`patch.${unknown}`, 'is not a field of this kind');
  return db.write(async (tx) => {
    const existing = await requireNode(tx, kind, id, 'id');
    const current = Object.fromEntries(KIND_SPECS[kind].fields.map((f) => [f, existing[f] ?? null]));
    const props = validate(kind, { ...current, ...fields }, 'patch');
    const keep: Props = existing.dataset ? { dataset: existing.dataset } : {};
    const [row] = await tx.run(
      'node-replace',
      { id, props: toParams(storedProps(kind, id, props, keep)) },
      { label: kind },
    );
    if (kind === 'Skill' && broaderId !== undefined) await setBroader(tx, id, broaderId, 'patch.broaderId');
    await recordChange(tx, changeOf(kind, id));
    return modelOf(kind, row!.node as Props);
  });
}

export async function deleteNode(
  db: Db,
  kind: Kind,
  rawId: unknown,
): Promise<{ id: string; relationshipsRemoved: number }> {
  const id = parseId(rawId, 'id');
  return db.write(async (tx) => {
    const [row] = await tx.run('node-delete', { id }, { label: kind });
    if (!row) throw notFound('id', KIND_WORD[kind], id);
    // Deleting also deletes the node's relationships, which the network keeps elsewhere: a person's
    // participations in the projects table (read again), an organisation's or skill's memberships
    // and holdings in people's rows (rare enough to read everything again).
    await recordChange(tx, kind === 'Person' ? { scope: 'shared', people: [id] } : { scope: 'all' });
    return { id, relationshipsRemoved: Number(row.relationships) };
  });
}

export { KIND_WORD, parseId, requireNode, toParams };
