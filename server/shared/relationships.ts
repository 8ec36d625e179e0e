/**
 * The relationship kinds of the model, written once: each one's ends, fields, validation and how a
 * stored relationship becomes the API's model. The catalogue edits them, imports and exports read
 * and write them, the seed loads them.
 */
import { z } from 'zod';
import type { Plain } from '../db/convert.ts';
import { modelOf } from './kinds.ts';
import { REL_INPUTS } from './input-schemas.ts';
import type { Kind, OrganisationModel, PersonModel, ProjectModel, SkillModel } from './model.ts';

type Props = Record<string, Plain>;

export interface RelSpec<M = unknown> {
  type: string;
  from: Kind;
  to: Kind;
  fromField: string;
  toField: string;
  /** A tie is stored in one direction but is the same tie either way. */
  undirected?: boolean;
  fields: readonly string[];
  schema: z.ZodType<Props>;
  build(from: Props, to: Props, rel: Props): M;
}

const str = (value: Plain | undefined): string | null => (typeof value === 'string' ? value : null);
const num = (value: Plain | undefined): number => Number(value);

const membership: RelSpec = {
  type: 'MEMBER_OF',
  from: 'Person',
  to: 'Organisation',
  fromField: 'personId',
  toField: 'organisationId',
  fields: ['role', 'since', 'until'],
  schema: REL_INPUTS.membership,
  build: (p, o, r) => ({
    person: modelOf('Person', p) as PersonModel,
    organisation: modelOf('Organisation', o) as OrganisationModel,
    role: str(r.role),
    since: str(r.since),
    until: str(r.until),
  }),
};

const skillHolding: RelSpec = {
  type: 'HAS_SKILL',
  from: 'Person',
  to: 'Skill',
  fromField: 'personId',
  toField: 'skillId',
  fields: ['level'],
  schema: REL_INPUTS.skillHolding,
  build: (p, s, r) => ({ person: modelOf('Person', p), skill: modelOf('Skill', s) as SkillModel, level: num(r.level) }),
};

const participation: RelSpec = {
  type: 'WORKED_ON',
  from: 'Person',
  to: 'Project',
  fromField: 'personId',
  toField: 'projectId',
  fields: ['role'],
  schema: REL_INPUTS.participation,
  build: (p, j, r) => ({
    person: modelOf('Person', p),
    project: modelOf('Project', j) as ProjectModel,
    role: str(r.role),
  }),
};

const tie: RelSpec = {
  type: 'KNOWS',
  from: 'Person',
  to: 'Person',
  fromField: 'personId',
  toField: 'otherPersonId',
  undirected: true,
  fields: ['strength', 'lastContact', 'context', 'contextEn', 'visibility', 'source'],
  schema: REL_INPUTS.tie,
  build: (a, b, r) => ({
    person: modelOf('Person', a),
    other: modelOf('Person', b),
    strength: num(r.strength),
    lastContact: str(r.lastContact),
    context: str(r.context),
    contextEn: str(r.contextEn),
    visibility: str(r.visibility) ?? 'public',
    source: str(r.source),
  }),
};

const projectOrganisation = (type: 'LED' | 'PARTNERED_IN'): RelSpec => ({
  type,
  from: 'Organisation',
  to: 'Project',
  fromField: 'organisationId',
  toField: 'projectId',
  fields: [],
  schema: REL_INPUTS.projectOrganisation,
  build: (o, j) => ({
    organisation: modelOf('Organisation', o),
    project: modelOf('Project', j),
    role: type === 'LED' ? 'lead' : 'partner',
  }),
});

const need: RelSpec = {
  type: 'NEEDS',
  from: 'Organisation',
  to: 'Skill',
  fromField: 'organisationId',
  toField: 'skillId',
  fields: ['priority'],
  schema: REL_INPUTS.need,
  build: (o, s, r) => ({
    organisation: modelOf('Organisation', o),
    skill: modelOf('Skill', s),
    priority: num(r.priority),
  }),
};

export const REL_SPECS = {
  membership,
  skillHolding,
  participation,
  tie,
  lead: projectOrganisation('LED'),
  partner: projectOrganisation('PARTNERED_IN'),
  need,
} as const;
export type RelName = keyof typeof REL_SPECS;

/**
 * Every relationship type between two records (:Entity nodes): the kinds above and the skill
 * hierarchy's BROADER (written with a skill's `broaderId`). The explorer draws exactly these.
 */
export const RECORD_RELATIONSHIP_TYPES = [
  'KNOWS',
  'MEMBER_OF',
  'HAS_SKILL',
  'WORKED_ON',
  'LED',
  'PARTNERED_IN',
  'NEEDS',
  'BROADER',
] as const;
