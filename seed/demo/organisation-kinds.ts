/**
 * The shape of a hand-written demo organisation: its Dataset row plus what the generators need to
 * know about it (how many people call it home, what it does for bios, which skills its people
 * tend to hold, which job titles it has), and the title sets shared by similar organisations.
 */
import type { Sector } from '../../server/shared/dataset.ts';

export interface DemoOrganisation {
  id: string;
  sector: Sector;
  /** Japanese prefecture name (real prefectures, fictional organisations). */
  prefecture: string;
  name: string;
  /** Reading without the legal form (NPO法人, 株式会社 …), as Japanese directories sort. */
  nameKana: string;
  nameEn: string;
  /** Host name under example.jp for the organisation's fictional website. */
  slug: string;
  /** Number of people whose main affiliation is here, hand-written key people included. */
  size: number;
  founded: number;
  /** Japanese noun phrase used in bios: "…に取り組む". */
  work: string;
  /** Senior titles, handed out once each in order (代表理事, then 事務局長 …). */
  leadRoles: readonly string[];
  /** Titles for everybody else, picked at random (repeat an entry to make it likelier). */
  staffRoles: readonly string[];
  /** Skill ids typical for this organisation's people, most typical first. */
  skills: readonly string[];
}

export const NPO_ROLES = {
  leadRoles: ['代表理事', '事務局長'],
  staffRoles: ['職員', '職員', 'コーディネーター', '理事', 'ボランティア'],
} as const;
export const CITY_ROLES = { leadRoles: ['課長', '係長'], staffRoles: ['主任', '主事', '職員'] } as const;
export const IT_ROLES = {
  leadRoles: ['代表取締役'],
  staffRoles: ['エンジニア', 'エンジニア', 'エンジニア', 'プロジェクトマネージャー', 'CSR担当'],
} as const;
export const FOUNDATION_ROLES = {
  leadRoles: ['理事長', '事務局長'],
  staffRoles: ['プログラムオフィサー', 'プログラムオフィサー', '職員'],
} as const;
export const LAB_ROLES = { leadRoles: ['教授', '准教授'], staffRoles: ['研究員', '助教', '大学院生'] } as const;
export const RESIDENTS_ROLES = { leadRoles: ['会長', '副会長'], staffRoles: ['役員', '会員'] } as const;
