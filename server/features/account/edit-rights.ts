/** Whether the viewer may edit or delete one record, by the same rule as the write itself. */
import type { Db } from '../../db/driver.ts';
import { readFacts, writeRefusal } from '../../auth/write-access.ts';
import { badInput } from '../../errors.ts';
import type { Viewer } from '../../shared/viewer.ts';

const KINDS = new Set(['Person', 'Organisation', 'Skill', 'Project']);

export async function editRights(db: Db, viewer: Viewer, key: unknown): Promise<{ edit: boolean; delete: boolean }> {
  const text = typeof key === 'string' ? key : '';
  const colon = text.indexOf(':');
  const [kind, id] = [text.slice(0, colon), text.slice(colon + 1)];
  if (colon < 1 || !KINDS.has(kind) || id === '') throw badInput('key', 'a node key such as Person:p001');
  const facts = await readFacts(db, [text]);
  if (!facts.get(text)?.exists) return { edit: false, delete: false };
  return {
    edit: writeRefusal(viewer, `update${kind}`, { id }, facts) === null,
    delete: writeRefusal(viewer, `delete${kind}`, { id }, facts) === null,
  };
}
