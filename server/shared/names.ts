/**
 * Turns the worker's ids into the API's node models in one read (`nodes-by-keys`, which never
 * returns hidden people). Answers only ever hold visible people, so a missing person means the
 * data changed between the computation and this read: such entries are left out.
 */
import type { Plain } from '../db/convert.ts';
import type { Db } from '../db/driver.ts';
import { modelOf } from './kinds.ts';
import { keyOf, KINDS, type NodeModel, type OrganisationModel, type PersonModel, type SkillModel } from './model.ts';

export class Names {
  private readonly keys = new Set<string>();
  private nodes = new Map<string, NodeModel>();

  people(ids: Iterable<string>): this {
    for (const id of ids) this.keys.add(keyOf('Person', id));
    return this;
  }
  organisations(ids: Iterable<string>): this {
    for (const id of ids) this.keys.add(keyOf('Organisation', id));
    return this;
  }
  skills(ids: Iterable<string>): this {
    for (const id of ids) this.keys.add(keyOf('Skill', id));
    return this;
  }

  async load(db: Db): Promise<this> {
    const rows = this.keys.size ? await db.read((tx) => tx.run('nodes-by-keys', { keys: [...this.keys] })) : [];
    this.nodes = new Map(
      rows.map((r) => {
        const kind = KINDS.find((k) => (r.labels as string[]).includes(k))!;
        const node = modelOf(kind, r.node as Record<string, Plain>);
        return [node.key, node];
      }),
    );
    return this;
  }

  person = (id: string): PersonModel | undefined => this.nodes.get(keyOf('Person', id)) as PersonModel | undefined;
  organisation = (id: string) => this.nodes.get(keyOf('Organisation', id)) as OrganisationModel | undefined;
  skill = (id: string): SkillModel | undefined => this.nodes.get(keyOf('Skill', id)) as SkillModel | undefined;

  /** The named nodes of `ids`, unknown ones left out. */
  all<T>(ids: readonly string[], get: (id: string) => T | undefined): T[] {
    return ids.flatMap((id) => {
      const node = get(id);
      return node === undefined ? [] : [node];
    });
  }
}
