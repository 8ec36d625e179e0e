/**
 * Per-sector behaviour: how common each sector is, how big its organisations get, the job titles
 * its people hold, which skills they bring, and how colleagues describe their tie. Sizes are
 * Pareto draws (base × Pareto(alpha)), tuned so the mean organisation has about 25 people: most
 * are 3–20 person NPOs and groups, a few companies and prefectural offices reach the thousands.
 */
import type { Sector } from '../../server/shared/dataset.ts';
import {
  CITY_ROLES,
  FOUNDATION_ROLES,
  IT_ROLES,
  LAB_ROLES,
  NPO_ROLES,
  RESIDENTS_ROLES,
} from '../demo/organisation-kinds.ts';
import { SKILL_GROUPS } from '../demo/skills.ts';

export interface SectorSpec {
  /** Relative share of organisations before a cluster's theme boosts it. */
  weight: number;
  /** Smallest typical size, Pareto tail exponent and hard cap (people whose main job is here). */
  size: { base: number; alpha: number; cap: number };
  /** Senior titles, handed out once each to an organisation's first people. */
  leadRoles: readonly string[];
  /** Everyone else's titles (repeats make a title likelier). */
  staffRoles: readonly string[];
  /** Titles for a second, side membership held here (board seat, volunteering …). */
  sideRoles: readonly string[];
  skills: readonly string[];
  /** Tie context between two people of the same organisation, given its short name. */
  colleagues(organisation: string): string;
}

export const SECTOR_SPECS: Readonly<Record<Sector, SectorSpec>> = {
  npo: {
    weight: 40,
    size: { base: 3, alpha: 1.5, cap: 120 },
    ...NPO_ROLES,
    sideRoles: ['理事', 'ボランティア', 'ボランティア', 'プロボノ', '監事'],
    skills: ['volunteer-management', 'grant-writing', 'npo-accounting', 'bookkeeping', 'social-media', 'npo-law'],
    colleagues: (org) => `${org}で一緒に活動`,
  },
  community: {
    weight: 14,
    size: { base: 4, alpha: 1.7, cap: 80 },
    ...RESIDENTS_ROLES,
    sideRoles: ['会員', 'メンバー'],
    skills: ['volunteer-management', 'facilitation', 'social-media', 'bookkeeping', 'disaster-prevention-education'],
    colleagues: (org) => `${org}の活動仲間`,
  },
  company: {
    weight: 17,
    size: { base: 10, alpha: 1.1, cap: 2000 },
    ...IT_ROLES,
    sideRoles: ['アドバイザー'],
    skills: [...SKILL_GROUPS.it, 'project-management', 'corporate-partnerships', 'ux-design'],
    colleagues: (org) => `${org}の同僚`,
  },
  government: {
    weight: 8,
    size: { base: 15, alpha: 1.05, cap: 2000 },
    ...CITY_ROLES,
    sideRoles: ['審議会委員'],
    skills: ['project-management', 'cross-sector-coordination', 'contracts', 'data-protection-law', 'open-data'],
    colleagues: (org) => `${org}の同僚`,
  },
  foundation: {
    weight: 6,
    size: { base: 4, alpha: 1.4, cap: 150 },
    ...FOUNDATION_ROLES,
    sideRoles: ['評議員', '選考委員'],
    skills: ['grant-writing', 'impact-evaluation', 'donor-relations', 'board-governance', 'strategy', 'audit'],
    colleagues: (org) => `${org}の同僚`,
  },
  academia: {
    weight: 6,
    size: { base: 10, alpha: 1.2, cap: 800 },
    ...LAB_ROLES,
    sideRoles: ['客員研究員'],
    skills: ['social-research', 'statistics', 'data-analysis', 'policy-advocacy', 'impact-evaluation'],
    colleagues: (org) => `同じ大学（${org}）`,
  },
  other: {
    weight: 9,
    size: { base: 4, alpha: 1.3, cap: 300 },
    leadRoles: ['会長', '事務局長'],
    staffRoles: ['職員', '職員', '相談員', 'コーディネーター'],
    sideRoles: ['ボランティア', '組合員'],
    skills: [...SKILL_GROUPS.general, 'counselling', 'labour-law'],
    colleagues: (org) => `${org}で一緒に働いている`,
  },
};

/** Sector order used everywhere (matches the domain's SECTORS). */
export const SECTOR_LIST: readonly Sector[] = [
  'npo',
  'government',
  'company',
  'foundation',
  'academia',
  'community',
  'other',
];
