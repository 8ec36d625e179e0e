/**
 * Hand-written people the demo scenarios (and tests) are built around: NPO founders, the STOs,
 * cross-sector connectors, foreign residents and people who did not opt in to discovery.
 * They are fictional; everyone else in the demo is generated around them (see people.ts).
 */
import type { MembershipRow, PersonRow, TieRow } from '../../server/shared/dataset.ts';
import { KEY_PEOPLE_COMMUNITY } from './key-people-community.ts';
import { KEY_PEOPLE_LEADERS } from './key-people-leaders.ts';

export interface KeyPerson {
  person: PersonRow;
  /** The first non-STO membership is the person's main affiliation. */
  memberships: Omit<MembershipRow, 'personId'>[];
  skills: readonly (readonly [skillId: string, level: number])[];
}

export interface KeyPersonSpec {
  id: string;
  name: string;
  nameKana: string;
  nameLatin: string;
  email: string;
  bio: string;
  /** [organisationId, role, since, until?]; the first non-STO entry is the main affiliation. */
  memberships: readonly (readonly [organisationId: string, role: string, since: string, until?: string])[];
  /** skillId → level 1–5. */
  skills: Readonly<Record<string, number>>;
  discoverable?: false;
}

export function buildKeyPeople(): KeyPerson[] {
  return [...KEY_PEOPLE_LEADERS, ...KEY_PEOPLE_COMMUNITY].map((spec) => ({
    person: {
      id: spec.id,
      name: spec.name,
      nameKana: spec.nameKana,
      nameLatin: spec.nameLatin,
      bio: spec.bio,
      email: spec.email,
      discoverable: spec.discoverable ?? true,
    },
    memberships: spec.memberships.map(([organisationId, role, since, until]) => ({
      organisationId,
      role,
      since,
      ...(until === undefined ? {} : { until }),
    })),
    skills: Object.entries(spec.skills),
  }));
}

type KeyTieSpec = readonly [
  a: string,
  b: string,
  strength: number,
  lastContact: string,
  context: string,
  visibility?: TieRow['visibility'],
];

/**
 * Declared ties among the key people. The private ones exist so the server's consent rules have
 * something to hide: they must never surface in someone else's results.
 */
const KEY_TIE_SPECS: readonly KeyTieSpec[] = [
  ['p001', 'p011', 5, '2026-08-20', '学生時代からの親友', 'private'],
  ['p007', 'p012', 4, '2025-12-10', '奥州ひかり銀行の元同僚', 'private'],
  ['p003', 'p013', 3, '2025-03-05', '子育てサークルの知り合い', 'private'],
  ['p008', 'p014', 4, '2026-06-15', '同じ地区で育った幼なじみ', 'private'],
  ['p002', 'p009', 5, '2026-09-01', '震災直後から互いに相談してきた間柄', 'private'],
  ['p005', 'p021', 3, '2024-11-20', '個人的に法律相談をした', 'private'],
  ['p003', 'p004', 4, '2026-10-02', 'STO勉強会の仲間'],
  ['p003', 'p005', 4, '2026-07-14', 'STOコミュニティの定例会で毎月会う'],
  ['p003', 'p006', 5, '2026-09-18', '2024年のSTOパイロットで協働'],
  ['p004', 'p006', 3, '2025-11-08', 'STOコミュニティの定例会で毎月会う'],
  ['p005', 'p006', 3, '2026-02-21', 'STO勉強会の仲間'],
  ['p007', 'p001', 4, '2026-05-12', 'ひかり市民社会基金の助成先として伴走'],
  ['p007', 'p002', 4, '2025-10-30', 'ひかり市民社会基金の助成先として伴走'],
  ['p007', 'p008', 3, '2025-02-07', 'NPO協働フォーラムで一緒に登壇'],
  ['p007', 'p009', 3, '2024-09-25', '災害支援の助成プログラムの審査委員会'],
  ['p007', 'p022', 4, '2026-03-03', 'シビックラボ・ひらくのアドバイザー'],
  ['p007', 'p003', 5, '2026-10-10', '2024年のSTOパイロットを一緒に企画'],
  ['p008', 'p022', 4, '2025-08-19', '2020年の防災マップ・オープンデータ化で協働'],
  ['p008', 'p001', 3, '2024-12-04', '子どもの貧困対策の連絡会で知り合った'],
  ['p009', 'p004', 4, '2025-06-27', '2019年の災害ボランティアマッチングシステム開発で協働'],
  ['p019', 'p020', 3, '2024-10-15', '社会調査の学会で知り合った'],
  ['p021', 'p007', 3, '2025-01-22', '助成先向け法務セミナーの講師を依頼', 'organisation'],
  ['p001', 'p018', 2, '2023-11-11', 'フードバンクの全国交流会で知り合った'],
  ['p010', 'p018', 3, '2024-04-29', 'ベトナム人コミュニティの集まりで知り合った'],
];

export function buildKeyTies(): TieRow[] {
  return KEY_TIE_SPECS.map(([personId, otherPersonId, strength, lastContact, context, visibility]) => ({
    personId,
    otherPersonId,
    strength,
    lastContact,
    context,
    visibility: visibility ?? 'public',
    source: 'demo',
  }));
}
