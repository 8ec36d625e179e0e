/**
 * An import for one organisation (its owner's, from the import page): the bundle may make exactly
 * the writes an editor of that organisation could make one at a time through the API
 * (auth/write-access.ts), and nothing of any other organisation. A row that goes further is a row
 * error (`not-permitted`), so the whole import is refused unless the user skips invalid rows.
 *
 * - Rows for new records are allowed (their ids come from the file, as in every import).
 * - A row naming a stored record must name one the organisation manages: itself, its members,
 *   projects it leads or partners in, or a skill (the shared vocabulary). Such a row is refused
 *   whatever it holds, even when nothing would change, so a file cannot learn what a record holds.
 * - Relationships follow the per-write rules, with the bundle's own memberships of the organisation
 *   (and its projects' lead and partner rows) counted as if written first, as a sequence of API
 *   writes would.
 * - A hidden person the organisation may not see is answered exactly as an unknown id where a row
 *   refers to them; a row that would overwrite one is refused like any record of another
 *   organisation. An id's being in use is therefore visible to an import; what the record holds
 *   never is (docs/decisions/0012).
 */
import { writeRefusal, type RecordFacts } from '../../../auth/write-access.ts';
import type { Kind } from '../../../shared/model.ts';
import { REL_SPECS } from '../../../shared/relationships.ts';
import type { Viewer } from '../../../shared/viewer.ts';
import type { Bookkeeping, RelGroup, RelWrite, RowRef } from './plan.ts';
import type { NodeEntry } from './validate-nodes.ts';
import { importText } from './messages.ts';

export interface ImportScope {
  organisationId: string;
  /** The importing account's person: their own record is theirs to write. */
  personId: string | null;
  /** Whether each record exists, is a hidden person, and which organisations answer for it. */
  facts(keys: string[]): Promise<Map<string, RecordFacts>>;
}

const WRITE_OF: Record<string, string> = {
  MEMBER_OF: 'createMembership',
  HAS_SKILL: 'createSkillHolding',
  WORKED_ON: 'createParticipation',
  KNOWS: 'createTie',
  LED: 'createProjectOrganisation',
  PARTNERED_IN: 'createProjectOrganisation',
  NEEDS: 'createNeed',
};

const specOf = (type: string) => Object.values(REL_SPECS).find((s) => s.type === type)!;
const keyOf = (kind: Kind, id: string) => `${kind}:${id}`;
const NOBODY: RecordFacts = { exists: false, hidden: false, organisations: [] };

function refuseRecord(book: Bookkeeping, at: RowRef, id: string): void {
  book.rowError(at, 'id', 'not-permitted', importText('notOwnRecord', id));
}

function refuseRelationship(book: Bookkeeping, at: RowRef, field: string, organisationId: string): void {
  book.rowError(at, field, 'not-permitted', importText('notOwnRelationship', organisationId));
}

/**
 * Reads what the scope needs to know, then marks every row that goes beyond what the organisation
 * may write as invalid: records first (before references are resolved, so rows that refer to a
 * refused record say so as for any invalid row), relationships after.
 */
export async function scopeChecker(
  book: Bookkeeping,
  scope: ImportScope,
  nodes: { kind: Kind; entries: NodeEntry[] }[],
  groups: Iterable<RelGroup>,
  rowOf: ReadonlyMap<RelWrite, RowRef>,
): Promise<{ records(): void; relationships(): void }> {
  const organisation = scope.organisationId;
  const viewer: Viewer = {
    accountId: '',
    email: '',
    personId: scope.personId,
    administrator: false,
    roles: new Map([[organisation, 'owner']]),
  };
  const rels = [...groups].map((g) => ({ group: g, spec: specOf(g.type) }));
  const keys = new Set<string>();
  for (const { kind, entries } of nodes)
    if (kind !== 'Skill') for (const e of entries) keys.add(keyOf(kind, e.write.id));
  for (const { group } of rels)
    for (const w of group.rows) {
      if (group.from !== 'Skill') keys.add(keyOf(group.from, w.from));
      if (group.to !== 'Skill') keys.add(keyOf(group.to, w.to));
    }
  const stored = await scope.facts([...keys]);
  const fact = (key: string) => stored.get(key) ?? NOBODY;
  // A hidden person is seen by themself and by the organisation's owners and editors only.
  const unseen = (key: string) => {
    const f = fact(key);
    return f.hidden && key !== keyOf('Person', scope.personId ?? '') && !f.organisations.includes(organisation);
  };
  const ok = (at: RowRef) => !book.invalid.has(at.row);

  // The bundle's own ties to the organisation, as if written first (they are allowed: it is ours).
  const joined = new Map<string, Set<string>>();
  for (const { group } of rels) {
    for (const w of group.rows) {
      const at = rowOf.get(w)!;
      if (!ok(at)) continue;
      const [key, org] =
        group.type === 'MEMBER_OF'
          ? [keyOf('Person', w.from), w.to]
          : group.type === 'LED' || group.type === 'PARTNERED_IN'
            ? [keyOf('Project', w.to), w.from]
            : [null, null];
      if (key && org === organisation && !unseen(key))
        (joined.get(key) ?? joined.set(key, new Set()).get(key)!).add(org);
    }
  }
  const facts = new Map<string, RecordFacts>();
  for (const key of keys) {
    const f = unseen(key) ? NOBODY : fact(key);
    facts.set(key, { ...f, organisations: [...new Set([...f.organisations, ...(joined.get(key) ?? [])])] });
  }

  const records = () => {
    for (const { kind, entries } of nodes) {
      if (kind === 'Skill') continue;
      for (const e of entries) {
        if (!ok(e.at) || e.status === 'created') continue;
        const key = keyOf(kind, e.write.id);
        if (unseen(key) || writeRefusal(viewer, `update${kind}`, { id: e.write.id }, facts) !== null)
          refuseRecord(book, e.at, e.write.id);
      }
    }
  };
  const relationships = () => {
    for (const { group, spec } of rels) {
      for (const w of group.rows) {
        const at = rowOf.get(w)!;
        if (!ok(at)) continue;
        const ends = [
          { kind: group.from, id: w.from, field: spec.fromField },
          { kind: group.to, id: w.to, field: spec.toField },
        ];
        const hidden = ends.find((end) => end.kind === 'Person' && unseen(keyOf('Person', end.id)));
        if (hidden) {
          book.rowError(at, hidden.field, 'unknown-reference', importText('unknownReference', 'Person', hidden.id));
          continue;
        }
        const args = { [spec.fromField]: w.from, [spec.toField]: w.to };
        if (writeRefusal(viewer, WRITE_OF[group.type]!, args, facts) !== null) {
          const lead = group.type === 'LED' && at.table.section.name === 'projects';
          refuseRelationship(book, at, lead ? 'leadOrganisationId' : spec.fromField, organisation);
        }
      }
    }
  };
  return { records, relationships };
}
