/**
 * The one name loader: turns ids in an answer (people, organisations, skills, projects) into the
 * API's node models, from the in-memory network (network.ts `rows`): an answer needs no read for
 * its names, roles or tie contexts. Only the long texts — people's bios and projects' descriptions,
 * which the network does not hold — are read, in one query, and only when a request selects them
 * (`load(db)`; without it they are null). Hidden people are never named: answers only hold visible
 * people, so a missing one means the data changed under the question, and callers leave such
 * entries out.
 */
import type { Db } from '../db/driver.ts';
import { modelOf } from '../shared/kinds.ts';
import {
  keyOf,
  type Kind,
  type NodeModel,
  type OrganisationModel,
  type PersonModel,
  type ProjectModel,
  type SkillModel,
} from '../shared/model.ts';
import type { Network } from './network.ts';
import { DEFAULT_FIELDS } from './snapshot.ts';

export interface MembershipDetail {
  role: string | null;
  since: string | null;
  until: string | null;
}

/** Field names that hold long texts: a request selecting one of these makes the answer read them. */
export const LONG_TEXT_FIELDS = ['bio', 'bioEn', 'description', 'descriptionEn'] as const;

export class Names {
  private readonly keys = new Set<string>();
  /** Long texts by node key: [primary, English]. */
  private readonly texts = new Map<string, [string | null, string | null]>();

  constructor(private readonly net: Network) {}

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

  /**
   * Reads the long texts of the named people and projects (one query) when `texts` is true (a
   * request selected `bio` or `description`: api/selection.ts `selectsLongTexts`).
   */
  async load(db: Db, texts = true): Promise<this> {
    if (!texts) return this;
    const keys = [...this.keys].filter((k) => k.startsWith('Person:') || k.startsWith('Project:'));
    if (keys.length === 0) return this;
    const rows = await db.read((tx) => tx.run('answer-long-texts', { keys }));
    for (const { text } of rows) {
      const [key, value, valueEn] = text as [string, string | null, string | null];
      this.texts.set(key, [value, valueEn]);
    }
    return this;
  }

  node = (key: string): NodeModel | undefined => {
    const at = key.indexOf(':');
    const [kind, id] = [key.slice(0, at), key.slice(at + 1)];
    switch (kind) {
      case 'Person':
        return this.person(id);
      case 'Organisation':
        return this.organisation(id);
      case 'Skill':
        return this.skill(id);
      case 'Project':
        return this.project(id);
    }
    return undefined;
  };

  /**
   * `evenHidden`: a person who showed themself to the viewer by taking part with them (the asker of
   * an introduction request the viewer is on) is named even when hidden from search.
   */
  person = (id: string, evenHidden = false): PersonModel | undefined => {
    const { net } = this;
    const p = net.personIndex.get(id);
    if (p === undefined || (net.visible[p] !== 1 && !evenHidden)) return undefined;
    const row = net.rows.people[p]!;
    const fields = net.fields[id] ?? DEFAULT_FIELDS;
    return modelOf('Person', {
      id,
      name: row.name ?? id,
      nameKana: row.nameKana ?? null,
      nameLatin: row.nameLatin ?? null,
      bio: this.texts.get(keyOf('Person', id))?.[0] ?? null,
      bioEn: this.texts.get(keyOf('Person', id))?.[1] ?? null,
      discoverable: net.visible[p] === 1,
      hoursPerMonth: fields.hoursPerMonth,
      takingRequests: fields.takingRequests,
      stoRole: fields.stoRole,
      stoCapacity: fields.stoCapacity,
    }) as PersonModel;
  };

  organisation = (id: string): OrganisationModel | undefined => {
    const o = this.net.orgIndex.get(id);
    if (o === undefined) return undefined;
    const { sector, name, nameKana, nameEn, prefecture, url } = this.net.rows.organisations[o]!;
    return modelOf('Organisation', {
      id,
      sector,
      name: name ?? id,
      nameKana: nameKana ?? null,
      nameEn: nameEn ?? null,
      prefecture: prefecture ?? null,
      url: url ?? null,
    }) as OrganisationModel;
  };

  skill = (id: string): SkillModel | undefined => {
    const s = this.net.skillIndex.get(id);
    if (s === undefined) return undefined;
    const { nameJa, nameEn, category } = this.net.rows.skills[s]!;
    return modelOf('Skill', {
      id,
      nameJa: nameJa ?? null,
      nameEn: nameEn ?? null,
      category: category ?? null,
    }) as SkillModel;
  };

  /** Projects the network holds: those with at least one participant. */
  project = (id: string): ProjectModel | undefined => {
    const row = this.net.rows.projects.get(id);
    if (row === undefined) return undefined;
    return modelOf('Project', {
      id,
      name: row.name ?? id,
      nameEn: row.nameEn ?? null,
      description: this.texts.get(keyOf('Project', id))?.[0] ?? null,
      descriptionEn: this.texts.get(keyOf('Project', id))?.[1] ?? null,
      start: row.start ?? null,
      end: row.end ?? null,
    }) as ProjectModel;
  };

  /** A person's role in a project (null when none recorded or not a participant). */
  projectRole(personId: string, projectId: string): string | null {
    const row = this.net.rows.projects.get(projectId);
    const i = row?.participants.indexOf(personId) ?? -1;
    return (i < 0 ? undefined : row!.roles?.[i]) || null;
  }

  /** A current membership's role and dates on the network's day (undefined when not a member). */
  membership(personId: string, organisationId: string): MembershipDetail | undefined {
    const [p, o] = [this.net.personIndex.get(personId), this.net.orgIndex.get(organisationId)];
    if (p === undefined || o === undefined) return undefined;
    const found = this.net.orgCurrent[o]!.find(([member]) => member === p);
    return found ? { role: found[1], since: found[2], until: found[3] } : undefined;
  }

  /** The named nodes of `ids`, unknown ones left out. */
  all<T>(ids: readonly string[], get: (id: string) => T | undefined): T[] {
    return ids.flatMap((id) => {
      const node = get(id);
      return node === undefined ? [] : [node];
    });
  }
}
