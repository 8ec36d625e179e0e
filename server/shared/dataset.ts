/**
 * The plain, import-shaped description of a network: what the demo data, the synthetic generator
 * and (later) file imports produce, and what `loadDataset` writes. Ids are the user's own stable
 * strings, unique within a kind. Dates are ISO calendar dates (YYYY-MM-DD).
 */
export type Sector = 'npo' | 'government' | 'company' | 'foundation' | 'academia' | 'community' | 'other';
export type Visibility = 'public' | 'organisation' | 'private';

export interface PersonRow {
  id: string;
  name: string;
  nameKana?: string;
  nameLatin?: string;
  bio?: string;
  /** The bio in English (the primary `bio` is usually Japanese). */
  bioEn?: string;
  email?: string;
  discoverable?: boolean;
  /** Hours per month the person can give to requests (team composer). */
  hoursPerMonth?: number;
  /** false: not taking requests. */
  takingRequests?: boolean;
  stoRole?: 'sto' | 'sto_candidate';
  /** Organisations an STO can serve (default 3). */
  stoCapacity?: number;
}
export interface OrganisationRow {
  id: string;
  name: string;
  nameKana?: string;
  /** English name shown in the English UI, when the organisation has one. */
  nameEn?: string;
  sector: Sector;
  prefecture?: string;
  url?: string;
}
export interface SkillRow {
  id: string;
  nameJa?: string;
  nameEn?: string;
  category?: string;
  /** Id of the broader skill (e.g. "salesforce" → "crm"). */
  broader?: string;
}
export interface ProjectRow {
  id: string;
  name: string;
  nameEn?: string;
  description?: string;
  descriptionEn?: string;
  start?: string;
  end?: string;
}
export interface MembershipRow {
  personId: string;
  organisationId: string;
  role?: string;
  since?: string;
  until?: string;
}
export interface SkillHoldingRow {
  personId: string;
  skillId: string;
  level: number;
}
export interface ParticipationRow {
  projectId: string;
  personId: string;
  role?: string;
}
export interface TieRow {
  personId: string;
  otherPersonId: string;
  strength: number;
  lastContact?: string;
  context?: string;
  contextEn?: string;
  visibility?: Visibility;
  source?: string;
}
export interface ProjectOrganisationRow {
  projectId: string;
  organisationId: string;
  /** lead → (:Organisation)-[:LED]->(:Project); partner → PARTNERED_IN. */
  role: 'lead' | 'partner';
}
export interface NeedRow {
  organisationId: string;
  skillId: string;
  priority: number;
}

export interface Dataset {
  people: PersonRow[];
  organisations: OrganisationRow[];
  skills: SkillRow[];
  projects: ProjectRow[];
  memberships: MembershipRow[];
  skillHoldings: SkillHoldingRow[];
  participations: ParticipationRow[];
  ties: TieRow[];
  projectOrganisations: ProjectOrganisationRow[];
  needs: NeedRow[];
}
