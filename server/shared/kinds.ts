import { randomBytes } from 'node:crypto';
/**
 * What each node kind stores, how its input is validated, and how stored properties become the
 * domain model. The only place that knows a kind's fields.
 */
import { z } from 'zod';
import { dateParam, type Plain } from '../db/convert.ts';
import type { Kind, NodeModel, OrganisationModel, PersonModel, ProjectModel, SkillModel } from './model.ts';
import { DEFAULT_STO_CAPACITY, keyOf, STO_ROLES } from './model.ts';
import { NODE_INPUTS } from './input-schemas.ts';
import { searchTextOf } from './text.ts';
import * as v from './validation.ts';

export type Props = Record<string, Plain>;

export interface KindSpec<M extends NodeModel = NodeModel> {
  label: Kind;
  /** Validates a full input (create/upsert/merged update); returns stored properties without id. */
  schema: z.ZodType<Props>;
  /** Field names a patch may change. */
  fields: readonly string[];
  /** Names that feed search. */
  names(props: Props): (string | null)[];
  toModel(props: Props): M;
  /** Prefix of generated ids. */
  idPrefix: string;
}

const str = (value: Plain | undefined): string | null => (typeof value === 'string' ? value : null);

const person: KindSpec<PersonModel> = {
  label: 'Person',
  idPrefix: 'person',
  fields: [
    'name',
    'nameKana',
    'nameLatin',
    'bio',
    'bioEn',
    'email',
    'discoverable',
    'hoursPerMonth',
    'takingRequests',
    'stoRole',
    'stoCapacity',
  ],
  schema: NODE_INPUTS.Person,
  names: (p) => [str(p.name), str(p.nameKana), str(p.nameLatin)],
  toModel: (p) => ({
    kind: 'Person',
    key: keyOf('Person', String(p.id)),
    id: String(p.id),
    name: String(p.name),
    nameKana: str(p.nameKana),
    nameLatin: str(p.nameLatin),
    bio: str(p.bio),
    bioEn: str(p.bioEn),
    discoverable: p.discoverable !== false,
    hoursPerMonth: typeof p.hoursPerMonth === 'number' ? p.hoursPerMonth : null,
    takingRequests: p.takingRequests !== false,
    stoRole: STO_ROLES.find((r) => r === p.stoRole) ?? null,
    stoCapacity: p.stoRole ? (typeof p.stoCapacity === 'number' ? p.stoCapacity : DEFAULT_STO_CAPACITY) : null,
  }),
};

const organisation: KindSpec<OrganisationModel> = {
  label: 'Organisation',
  idPrefix: 'org',
  fields: ['name', 'nameKana', 'nameEn', 'sector', 'prefecture', 'url'],
  schema: NODE_INPUTS.Organisation,
  names: (p) => [str(p.name), str(p.nameKana), str(p.nameEn)],
  toModel: (p) => ({
    kind: 'Organisation',
    key: keyOf('Organisation', String(p.id)),
    id: String(p.id),
    name: String(p.name),
    nameKana: str(p.nameKana),
    nameEn: str(p.nameEn),
    sector: String(p.sector) as OrganisationModel['sector'],
    prefecture: str(p.prefecture),
    url: str(p.url),
  }),
};

const skill: KindSpec<SkillModel> = {
  label: 'Skill',
  idPrefix: 'skill',
  fields: ['nameJa', 'nameEn', 'category'],
  schema: NODE_INPUTS.Skill,
  names: (p) => [str(p.nameJa), str(p.nameEn)],
  toModel: (p) => ({
    kind: 'Skill',
    key: keyOf('Skill', String(p.id)),
    id: String(p.id),
    nameJa: str(p.nameJa),
    nameEn: str(p.nameEn),
    category: str(p.category),
  }),
};

const project: KindSpec<ProjectModel> = {
  label: 'Project',
  idPrefix: 'project',
  fields: ['name', 'nameEn', 'description', 'descriptionEn', 'start', 'end'],
  schema: NODE_INPUTS.Project,
  names: (p) => [str(p.name), str(p.nameEn)],
  toModel: (p) => ({
    kind: 'Project',
    key: keyOf('Project', String(p.id)),
    id: String(p.id),
    name: String(p.name),
    nameEn: str(p.nameEn),
    description: str(p.description),
    descriptionEn: str(p.descriptionEn),
    start: str(p.start),
    end: str(p.end),
  }),
};

export const KIND_SPECS: { [K in Kind]: KindSpec } = {
  Person: person,
  Organisation: organisation,
  Skill: skill,
  Project: project,
};

/** A new id for a record of `kind`: its prefix and 10 random hex digits (`project-3f9a…`). */
export function newId(kind: Kind): string {
  return `${KIND_SPECS[kind].idPrefix}-${randomBytes(5).toString('hex')}`;
}

/** Date-valued properties, sent to Neo4j as Date values rather than strings. */
export const DATE_FIELDS = new Set(['start', 'end', 'since', 'until', 'lastContact']);

/** The full stored property map of a node: validated fields plus id, key and search text. */
export function storedProps(kind: Kind, id: string, props: Props, extra: Props = {}): Props {
  const spec = KIND_SPECS[kind];
  return { ...props, ...extra, id, key: keyOf(kind, id), searchText: searchTextOf(spec.names(props)) };
}

export function modelOf(kind: Kind, props: Props): NodeModel {
  return KIND_SPECS[kind].toModel(props);
}

export const parseId = (value: unknown, field: string): string => v.parse(v.id, value, field);

/** Properties as Neo4j parameters: ISO dates become Date values, nulls are left out. */
export function toParams(props: Record<string, Plain>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null) continue;
    out[key] = DATE_FIELDS.has(key) && typeof value === 'string' ? dateParam(value) : value;
  }
  return out;
}
