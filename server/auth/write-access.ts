/**
 * Who may write which record: the `editor` access rule of access.ts, decided per record from the
 * organisations answerable for it (auth-record-organisations.cypher, one read per mutation).
 *
 * With E = the organisations where the viewer is an owner or editor:
 * - a person: themself, or E holds one of their organisations; a person in no organisation (just
 *   created, or imported without one) is writable by any editor, so it can be given one;
 * - an organisation: it is in E (deleting it: only its owners);
 * - a project: E holds its lead or a partner organisation (any editor while it has none);
 * - a skill (the shared vocabulary): any editor; deleting one: administrators only;
 * - creating any record: any editor;
 * - a membership, a project's organisation or a need: the organisation is in E (nobody joins an
 *   organisation by themself); a skill holding: its person is writable; a participation: its person
 *   or its project is; a tie: either person is (so everyone may record their own ties).
 * Administrators write everything, and only they choose the id of a new record (an id taken by a
 * record someone may not see must not answer differently from a free one). A hidden person the
 * viewer may not see (docs/decisions/0012) is answered exactly as an id that does not exist: the
 * decision is made as if they were absent, and an allowed write then fails as it would for an
 * unknown id — so no answer reveals that they are there.
 */
import { GraphQLError } from 'graphql';
import type { Db } from '../db/driver.ts';
import { AppError } from '../errors.ts';
import { editsOrganisation, type Viewer } from '../shared/viewer.ts';

type Kind = 'Person' | 'Organisation' | 'Skill' | 'Project';

export interface RecordFacts {
  exists: boolean;
  hidden: boolean;
  organisations: readonly string[];
}

interface Target {
  kind: Kind;
  id: string;
  field: string;
}

const NODE = /^(create|upsert|update|delete)(Person|Organisation|Skill|Project)$/;
const RELATIONSHIP = /^(create|update|delete)(Membership|SkillHolding|Participation|Tie|ProjectOrganisation|Need)$/;
const END_FIELDS: Record<string, Kind> = {
  personId: 'Person',
  otherPersonId: 'Person',
  organisationId: 'Organisation',
  skillId: 'Skill',
  projectId: 'Project',
};

const key = (t: Target) => `${t.kind}:${t.id}`;

/** The records a write names, read from its arguments (top level or `input`). */
export function targetsOf(field: string, args: Record<string, unknown>): Target[] {
  const input = (args.input ?? {}) as Record<string, unknown>;
  const node = NODE.exec(field);
  if (node) {
    const id = node[1] === 'create' ? undefined : (args.id ?? input.id);
    return typeof id === 'string' ? [{ kind: node[2] as Kind, id, field: args.id ? 'id' : 'input.id' }] : [];
  }
  const targets: Target[] = [];
  for (const [name, kind] of Object.entries(END_FIELDS)) {
    const id = args[name] ?? input[name];
    if (typeof id === 'string') targets.push({ kind, id, field: args[name] ? name : `input.${name}` });
  }
  return targets;
}

/** Why not, or null when `viewer` may make this write. Pure: the facts come from the database. */
export function writeRefusal(
  viewer: Viewer,
  field: string,
  args: Record<string, unknown>,
  facts: ReadonlyMap<string, RecordFacts>,
): string | null {
  if (viewer.administrator) return null;
  const editing = new Set([...viewer.roles].filter(([, role]) => role !== 'viewer').map(([org]) => org));
  const owning = new Set([...viewer.roles].filter(([, role]) => role === 'owner').map(([org]) => org));
  const anyEditor = editing.size > 0;
  const fact = (t: Target) => facts.get(key(t)) ?? { exists: false, hidden: false, organisations: [] };
  const answerable = (t: Target) => {
    const { organisations } = fact(t);
    return organisations.length === 0 ? anyEditor : organisations.some((o) => editing.has(o));
  };
  const writable = (t: Target): boolean => {
    switch (t.kind) {
      case 'Person':
        return t.id === viewer.personId || answerable(t);
      case 'Organisation':
        return editing.has(t.id);
      case 'Project':
        return answerable(t);
      case 'Skill':
        return anyEditor;
    }
  };

  const node = NODE.exec(field);
  if (node) {
    const [verb, kind] = [node[1]!, node[2] as Kind];
    const [target] = targetsOf(field, args);
    const chosenId = ((args.input ?? {}) as Record<string, unknown>).id;
    if ((verb === 'create' || verb === 'upsert') && chosenId !== undefined && chosenId !== null)
      return 'only administrators choose the id of a new record';
    if (verb === 'create' || !target || !fact(target).exists)
      return anyEditor ? null : `only editors of an organisation may add a ${kind.toLowerCase()}`;
    if (verb === 'delete') {
      if (kind === 'Skill') return 'only administrators may delete a skill';
      if (kind === 'Organisation') return owning.has(target.id) ? null : 'only its owners may delete an organisation';
      if (kind === 'Person' && target.id === viewer.personId && !answerable(target))
        return 'your own record is removed by an administrator';
    }
    return writable(target) ? null : `your account may not change this ${kind.toLowerCase()}`;
  }

  const relationship = RELATIONSHIP.exec(field);
  if (!relationship) throw new Error(`${field} is not a write that write-access.ts knows`);
  const ends = targetsOf(field, args);
  const end = (kind: Kind) => ends.filter((t) => t.kind === kind);
  const allowed = (() => {
    switch (relationship[2]) {
      case 'Membership':
      case 'ProjectOrganisation':
      case 'Need':
        return end('Organisation').every((t) => editing.has(t.id));
      case 'SkillHolding':
        return end('Person').every(writable);
      case 'Participation':
        return ends.some((t) => t.kind !== 'Skill' && writable(t));
      case 'Tie':
        return end('Person').some(writable);
      default:
        return false;
    }
  })();
  return allowed ? null : 'your account may not change this relationship';
}

/** Whether each record exists, is a hidden person, and which organisations answer for it. */
export async function readFacts(db: Db, keys: readonly string[]): Promise<Map<string, RecordFacts>> {
  const rows = keys.length ? await db.read((tx) => tx.run('auth-record-organisations', { keys })) : [];
  return new Map(
    rows.map((row) => [
      String(row.key),
      { exists: row.exists === true, hidden: row.hidden === true, organisations: row.organisations as string[] },
    ]),
  );
}

/**
 * Reads the facts a write needs and throws FORBIDDEN (or NOT_FOUND for a hidden person) unless
 * allowed; answers the records it names and the organisations answerable for them (the audit log).
 */
export async function checkWrite(
  db: Db,
  viewer: Viewer,
  field: string,
  args: Record<string, unknown>,
): Promise<{ records: string[]; organisations: string[] }> {
  const targets = targetsOf(field, args);
  const facts = await readFacts(db, targets.map(key));
  const named = { records: targets.map(key), organisations: [...facts.values()].flatMap((f) => f.organisations) };
  // Hidden people this viewer may not see are decided on as absent.
  const unseen = targets.filter((t) => t.kind === 'Person' && !seesHidden(viewer, t, facts.get(key(t))));
  const asSeen = new Map(facts);
  for (const t of unseen) asSeen.set(key(t), { exists: false, hidden: false, organisations: [] });
  const refusal = writeRefusal(viewer, field, args, asSeen);
  if (refusal !== null) {
    throw new GraphQLError(`${field}: ${refusal}.`, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
  }
  // Allowed as if absent: fail as the write fails for an unknown id. Writes check people first, in
  // the order targetsOf lists them; an end that really is missing is left to the write to report.
  const first = targets.find((t) => t.kind === 'Person' && (unseen.includes(t) || !facts.get(key(t))?.exists));
  if (first && unseen.includes(first))
    throw new AppError('NOT_FOUND', `${first.field}: no person with id "${first.id}"`, first.field);
  return named;
}

/** A record that is not a hidden person, or a hidden person the viewer may see (themselves, or as an owner or editor of their organisation). */
function seesHidden(viewer: Viewer, target: Target, fact: RecordFacts | undefined): boolean {
  if (!fact?.hidden || viewer.administrator || target.id === viewer.personId) return true;
  return fact.organisations.some((o) => editsOrganisation(viewer, o));
}
