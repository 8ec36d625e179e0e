/**
 * The one name loader: turns ids in an answer (people, organisations, skills, projects) into the
 * API's node models, together with the human details an explained path shows (a tie's declared
 * context, people's roles in projects and organisations), in ONE read (`answer-names`). Hidden
 * people are never returned: answers only hold visible people, so a missing one means the data
 * changed between the computation and this read, and callers leave such entries out.
 */
import type { Plain } from '../db/convert.ts';
import type { Db } from '../db/driver.ts';
import { modelOf } from './kinds.ts';
import {
  keyOf,
  KINDS,
  type Kind,
  type NodeModel,
  type OrganisationModel,
  type PersonModel,
  type ProjectModel,
  type SkillModel,
} from './model.ts';

type Row = Record<string, Plain>;
const str = (value: Plain | undefined) => (typeof value === 'string' ? value : null);

export const tieKey = (a: string, b: string, strength: number, lastContact: string | null) =>
  `${a}|${b}|${strength}|${lastContact ?? ''}`;

export interface MembershipDetail {
  role: string | null;
  since: string | null;
  until: string | null;
}

export class Names {
  private readonly keys = new Set<string>();
  private readonly pairs = new Map<string, [string, string]>();
  private readonly projectRows = new Map<string, [string, string]>();
  private readonly membershipRows = new Map<string, [string, string]>();
  private nodes = new Map<string, NodeModel>();
  /** `a|b|strength|lastContact` → declared context, both orders of a and b. */
  readonly contexts = new Map<string, string | null>();
  /** `personId|projectId` → role. */
  readonly projectRoles = new Map<string, string | null>();
  /** `personId|organisationId` → role, since, until. */
  readonly memberships = new Map<string, MembershipDetail>();

  private add(kind: Kind, ids: Iterable<string>): this {
    for (const id of ids) this.keys.add(keyOf(kind, id));
    return this;
  }
  people = (ids: Iterable<string>): this => this.add('Person', ids);
  organisations = (ids: Iterable<string>): this => this.add('Organisation', ids);
  skills = (ids: Iterable<string>): this => this.add('Skill', ids);
  projects = (ids: Iterable<string>): this => this.add('Project', ids);
  keysToo = (keys: Iterable<string>): this => {
    for (const key of keys) this.keys.add(key);
    return this;
  };

  /** Also read the declared context of the ties between a and b. */
  tieContext(a: string, b: string): this {
    this.pairs.set(`${a}|${b}`, [a, b]);
    return this;
  }
  projectRole(personId: string, projectId: string): this {
    this.projectRows.set(`${personId}|${projectId}`, [personId, projectId]);
    return this;
  }
  membership(personId: string, organisationId: string): this {
    this.membershipRows.set(`${personId}|${organisationId}`, [personId, organisationId]);
    return this;
  }

  /** False until load() ran: ids are then answered with bare models (`{ kind, key, id }`). */
  private loaded = false;

  async load(db: Db): Promise<this> {
    this.loaded = true;
    if (this.keys.size + this.pairs.size + this.projectRows.size + this.membershipRows.size === 0) return this;
    const [row] = await db.read((tx) =>
      tx.run('answer-names', {
        q: {
          keys: [...this.keys],
          pairs: [...this.pairs.values()],
          projectRows: [...this.projectRows.values()],
          membershipRows: [...this.membershipRows.values()],
        },
      }),
    );
    const nodes = row!.nodes as { labels: string[]; node: Row }[];
    this.nodes = new Map(
      nodes.map((r) => {
        const node = modelOf(
          KINDS.find((k) => r.labels.includes(k))!,
          r.node,
        );
        return [node.key, node];
      }),
    );
    for (const t of row!.ties as Row[]) {
      const [a, b, s, last] = [String(t.a), String(t.b), Number(t.strength), str(t.lastContact)];
      this.contexts.set(tieKey(a, b, s, last), str(t.context));
      this.contexts.set(tieKey(b, a, s, last), str(t.context));
    }
    for (const r of row!.participations as Row[]) this.projectRoles.set(`${r.personId}|${r.projectId}`, str(r.role));
    for (const r of row!.memberships as Row[]) {
      this.memberships.set(`${r.personId}|${r.organisationId}`, {
        role: str(r.role),
        since: str(r.since),
        until: str(r.until),
      });
    }
    return this;
  }

  node = (key: string): NodeModel | undefined => {
    if (this.loaded) return this.nodes.get(key);
    const [kind, ...rest] = key.split(':');
    return { kind, key, id: rest.join(':') } as NodeModel;
  };
  person = (id: string) => this.node(keyOf('Person', id)) as PersonModel | undefined;
  organisation = (id: string) => this.node(keyOf('Organisation', id)) as OrganisationModel | undefined;
  skill = (id: string) => this.node(keyOf('Skill', id)) as SkillModel | undefined;
  project = (id: string) => this.node(keyOf('Project', id)) as ProjectModel | undefined;

  /** The named nodes of `ids`, unknown ones left out. */
  all<T>(ids: readonly string[], get: (id: string) => T | undefined): T[] {
    return ids.flatMap((id) => {
      const node = get(id);
      return node === undefined ? [] : [node];
    });
  }
}
