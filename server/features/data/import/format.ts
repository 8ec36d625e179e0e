/**
 * The import bundle: which files (CSV) or sections (JSON, xlsx sheets) it may hold, which node kind
 * or relationship each describes, and how a column is named. Node columns follow the kind's spec
 * (`nameKana` ↔ `name_kana`), so a field added to a kind is importable and exportable without a
 * change here.
 */
import { KIND_SPECS } from '../../../shared/kinds.ts';
import type { Kind } from '../../../shared/model.ts';
import { REL_SPECS, type RelSpec } from '../../../shared/relationships.ts';

export type SectionName =
  | 'people'
  | 'organisations'
  | 'skills'
  | 'projects'
  | 'memberships'
  | 'skillHoldings'
  | 'participations'
  | 'ties'
  | 'projectOrganisations'
  | 'needs';

interface SectionBase {
  name: SectionName;
  /** File name in a CSV bundle, sheet name (without .csv) in a workbook. */
  file: string;
}
export interface NodeSection extends SectionBase {
  type: 'node';
  kind: Kind;
  /** Reference fields carried on the node's row: skills.broader, projects.leadOrganisationId. */
  refs: readonly { field: string; kind: Kind }[];
}
export interface RelSection extends SectionBase {
  type: 'rel';
  /** The relationship's spec; projectOrganisations picks LED or PARTNERED_IN by its role column. */
  spec: RelSpec;
  fromField: string;
  toField: string;
  fromKind: Kind;
  toKind: Kind;
  extraFields: readonly string[];
}
export type Section = NodeSection | RelSection;

const node = (name: SectionName, file: string, kind: Kind, refs: NodeSection['refs'] = []): NodeSection => ({
  type: 'node',
  name,
  file,
  kind,
  refs,
});

const rel = (name: SectionName, file: string, spec: RelSpec, extraFields: string[] = []): RelSection => ({
  type: 'rel',
  name,
  file,
  spec,
  fromField: spec.fromField,
  toField: spec.toField,
  fromKind: spec.from,
  toKind: spec.to,
  extraFields,
});

/** In write order: nodes first, so relationships find both ends. */
export const SECTIONS: readonly Section[] = [
  node('people', 'people.csv', 'Person'),
  node('organisations', 'organisations.csv', 'Organisation'),
  node('skills', 'skills.csv', 'Skill', [{ field: 'broader', kind: 'Skill' }]),
  node('projects', 'projects.csv', 'Project', [{ field: 'leadOrganisationId', kind: 'Organisation' }]),
  rel('skillHoldings', 'person_skills.csv', REL_SPECS.skillHolding),
  rel('memberships', 'memberships.csv', REL_SPECS.membership),
  // Stored from the organisation to the project; the file reads project first, like the issue's.
  {
    ...rel('projectOrganisations', 'project_organisations.csv', REL_SPECS.lead, ['role']),
    fromField: 'organisationId',
    toField: 'projectId',
  },
  rel('participations', 'project_members.csv', REL_SPECS.participation),
  rel('ties', 'ties.csv', REL_SPECS.tie),
  rel('needs', 'needs.csv', REL_SPECS.need),
];

export const sectionByFile = (file: string): Section | undefined => {
  const base = file.replace(/^.*[\\/]/, '').toLowerCase();
  const name = base.endsWith('.csv') ? base : `${base}.csv`;
  return SECTIONS.find((s) => s.file === name);
};
export const sectionByName = (name: string): Section | undefined => SECTIONS.find((s) => s.name === name);

export const toColumn = (field: string): string => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const toField = (column: string): string =>
  column.trim().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The fields a section's rows may carry, id and references included, in column order. */
export function sectionFields(section: Section): string[] {
  if (section.type === 'node') {
    return ['id', ...KIND_SPECS[section.kind].fields, ...section.refs.map((r) => r.field)];
  }
  const order =
    section.name === 'projectOrganisations' ? ['projectId', 'organisationId'] : [section.fromField, section.toField];
  return [...order, ...section.extraFields, ...section.spec.fields];
}

/** Fields that must be present (as a column) in every file of this section. */
export function requiredColumns(section: Section): string[] {
  if (section.type === 'rel') return [section.fromField, section.toField];
  const always: Record<Kind, string[]> = {
    Person: ['id', 'name'],
    Organisation: ['id', 'name', 'sector'],
    Skill: ['id'],
    Project: ['id', 'name'],
  };
  return always[section.kind];
}

/** Types a declared extra column may have; values are stored with that type. */
export const EXTRA_TYPES = ['string', 'integer', 'float', 'boolean', 'date'] as const;
export type ExtraType = (typeof EXTRA_TYPES)[number];

/** Optional manifest (`tsunagari.json` in a bundle, top-level keys of a JSON document). */
export interface Manifest {
  format?: string;
  version?: number;
  /** Extra properties to keep, per section: `{ "people": { "dataset": "string" } }`. */
  extraColumns?: Partial<Record<SectionName, Record<string, ExtraType>>>;
}

export const MANIFEST_FILE = 'tsunagari.json';
export const BUNDLE_FORMAT = 'tsunagari-bundle';
