/**
 * The domain's view of the graph: plain objects with the values stored in Neo4j (lower-case
 * sectors, ISO dates). GraphQL maps its enums onto these; nothing here knows GraphQL or Neo4j.
 */
export type Kind = 'Person' | 'Organisation' | 'Skill' | 'Project';
export const KINDS: readonly Kind[] = ['Person', 'Organisation', 'Skill', 'Project'];

export const SECTORS = ['npo', 'government', 'company', 'foundation', 'academia', 'community', 'other'] as const;
export type Sector = (typeof SECTORS)[number];
export const VISIBILITIES = ['public', 'organisation', 'private'] as const;
/** A Social Technology Officer serving NPOs, or someone who could become one (team composer, issue 6). */
export const STO_ROLES = ['sto', 'sto_candidate'] as const;
export type StoRole = (typeof STO_ROLES)[number];
/** Organisations an STO serves when no capacity is recorded: STOs serve 3–4 NPOs part-time; 3 is the safe end. */
export const DEFAULT_STO_CAPACITY = 3;
export type Visibility = (typeof VISIBILITIES)[number];

export const keyOf = (kind: Kind, id: string): string => `${kind}:${id}`;

export function parseKey(key: string): { kind: Kind; id: string } | undefined {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon) as Kind;
  return colon > 0 && KINDS.includes(kind) && colon < key.length - 1 ? { kind, id: key.slice(colon + 1) } : undefined;
}

interface NodeBase {
  key: string;
  id: string;
}
export interface PersonModel extends NodeBase {
  kind: 'Person';
  name: string;
  nameKana: string | null;
  nameLatin: string | null;
  bio: string | null;
  /** The bio in English when there is an English version (the primary `bio` is usually Japanese). */
  bioEn: string | null;
  discoverable: boolean;
  /** Hours per month the person can give to requests; null when not stated. */
  hoursPerMonth: number | null;
  /** false: "not taking requests" — never proposed as an expert. */
  takingRequests: boolean;
  stoRole: StoRole | null;
  /** Organisations the STO can serve (DEFAULT_STO_CAPACITY when not recorded); null for non-STOs. */
  stoCapacity: number | null;
}
export interface OrganisationModel extends NodeBase {
  kind: 'Organisation';
  name: string;
  nameKana: string | null;
  nameEn: string | null;
  sector: Sector;
  prefecture: string | null;
  url: string | null;
}
export interface SkillModel extends NodeBase {
  kind: 'Skill';
  nameJa: string | null;
  nameEn: string | null;
  category: string | null;
}
export interface ProjectModel extends NodeBase {
  kind: 'Project';
  name: string;
  /** English name, when the project has one. */
  nameEn: string | null;
  description: string | null;
  descriptionEn: string | null;
  start: string | null;
  end: string | null;
}
export type NodeModel = PersonModel | OrganisationModel | SkillModel | ProjectModel;

export interface MembershipModel {
  person: PersonModel;
  organisation: OrganisationModel;
  role: string | null;
  since: string | null;
  until: string | null;
}
export interface SkillHoldingModel {
  person: PersonModel;
  skill: SkillModel;
  level: number;
}
export interface ParticipationModel {
  person: PersonModel;
  project: ProjectModel;
  role: string | null;
}
export interface TieModel {
  person: PersonModel;
  other: PersonModel;
  strength: number;
  lastContact: string | null;
  context: string | null;
  contextEn: string | null;
  visibility: Visibility;
  source: string | null;
}
export interface ProjectOrganisationModel {
  organisation: OrganisationModel;
  project: ProjectModel;
  role: 'lead' | 'partner';
}
export interface NeedModel {
  organisation: OrganisationModel;
  skill: SkillModel;
  priority: number;
}

export interface Page<T> {
  totalCount: number;
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}
