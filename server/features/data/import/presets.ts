/**
 * Presets: mapping files for the exports NPOs really have. Each is documented, with its sample
 * file, in docs/import-format.md; test/fixtures/import/ holds a realistic export for each.
 */
import type { MappingInput } from './mapping-spec.ts';

const KINTONE_SECTORS = {
  NPO法人: 'npo',
  認定NPO法人: 'npo',
  一般社団法人: 'npo',
  公益社団法人: 'npo',
  行政: 'government',
  自治体: 'government',
  企業: 'company',
  株式会社: 'company',
  財団: 'foundation',
  公益財団法人: 'foundation',
  大学: 'academia',
  研究機関: 'academia',
  地域団体: 'community',
  任意団体: 'community',
};

/** A kintone member-list app (会員名簿) exported as CSV: Japanese headers, Shift_JIS. */
const kintone: MappingInput = {
  name: 'kintone',
  description: 'kintone app CSV export (会員名簿)',
  files: [
    {
      match: '*.csv',
      targets: [
        {
          section: 'people',
          columns: {
            id: { column: 'レコード番号', prefix: 'kintone-' },
            name: '氏名',
            name_kana: '氏名（ふりがな）',
            email: 'メールアドレス',
            bio: '自己紹介',
            discoverable: { column: '公開設定', map: { 公開: 'true', 非公開: 'false' } },
          },
        },
        {
          section: 'organisations',
          where: { column: '所属団体', notIn: [''] },
          unique: true,
          columns: {
            id: { column: '所属団体', slug: true, prefix: 'kintone-org-' },
            name: '所属団体',
            sector: { column: '団体種別', map: KINTONE_SECTORS, otherwise: 'other' },
            prefecture: '都道府県',
          },
        },
        {
          section: 'memberships',
          where: { column: '所属団体', notIn: [''] },
          columns: {
            person_id: { column: 'レコード番号', prefix: 'kintone-' },
            organisation_id: { column: '所属団体', slug: true, prefix: 'kintone-org-' },
            role: '役職',
          },
        },
        {
          section: 'skills',
          split: { column: 'スキル', separator: '\n' },
          unique: true,
          columns: { id: { column: 'スキル', slug: true, prefix: 'kintone-skill-' }, name_ja: 'スキル' },
        },
        {
          section: 'skillHoldings',
          split: { column: 'スキル', separator: '\n' },
          columns: {
            person_id: { column: 'レコード番号', prefix: 'kintone-' },
            skill_id: { column: 'スキル', slug: true, prefix: 'kintone-skill-' },
          },
        },
      ],
    },
  ],
};

const SF_SECTORS = {
  Nonprofit: 'npo',
  'Non-profit': 'npo',
  Government: 'government',
  Foundation: 'foundation',
  Corporate: 'company',
  Business: 'company',
  Education: 'academia',
  Academic: 'academia',
  Community: 'community',
};
const sfId = (column: string) => ({ column, prefix: 'sf-' });

/** Salesforce Nonprofit Success Pack: reports of Contacts, Accounts, Affiliations, Relationships. */
const salesforce: MappingInput = {
  name: 'salesforce',
  description: 'Salesforce NPSP reports (Contacts, Accounts, Affiliations, Relationships) exported as CSV',
  files: [
    {
      match: '*contact*',
      targets: [
        {
          section: 'people',
          columns: {
            id: sfId('Contact ID'),
            name: { join: ['Last Name', 'First Name'] },
            email: 'Email',
            bio: 'Description',
          },
        },
      ],
    },
    {
      match: '*account*',
      targets: [
        {
          section: 'organisations',
          where: { column: 'Account Record Type', notIn: ['Household Account'] },
          columns: {
            id: sfId('Account ID'),
            name: 'Account Name',
            sector: { column: 'Type', map: SF_SECTORS, otherwise: 'other' },
            prefecture: 'Billing State/Province',
            url: 'Website',
          },
        },
      ],
    },
    {
      match: '*affiliation*',
      targets: [
        {
          section: 'memberships',
          columns: {
            person_id: sfId('Contact ID'),
            organisation_id: sfId('Organization ID'),
            role: 'Role',
            since: { column: 'Start Date', date: true },
            until: { column: 'End Date', date: true },
          },
        },
      ],
    },
    {
      match: '*relationship*',
      targets: [
        {
          section: 'ties',
          // NPSP stores every relationship twice (one reciprocal row each way); a tie is one.
          unique: true,
          columns: {
            person_id: sfId('Contact ID'),
            other_person_id: sfId('Related Contact ID'),
            context: { join: ['Type', 'Description'], separator: ': ' },
            source: { value: 'salesforce' },
          },
        },
      ],
    },
  ],
};

const liPerson = { column: 'URL', extract: '/in/([^/?#]+)', prefix: 'li-' };
const liOrg = { column: 'Company', slug: true, prefix: 'li-org-' };

/** LinkedIn's Connections.csv (Settings → Data privacy → Get a copy of your data): ties from "me". */
const linkedin: MappingInput = {
  name: 'linkedin',
  description: "LinkedIn Connections.csv: the importing person's connections",
  params: ['me'],
  files: [
    {
      match: '*connections*.csv',
      targets: [
        {
          section: 'people',
          columns: {
            id: liPerson,
            name: { join: ['First Name', 'Last Name'] },
            name_latin: { join: ['First Name', 'Last Name'] },
            email: 'Email Address',
          },
          // Connections never consented to be found in this network: hidden until they do.
          defaults: { discoverable: 'false' },
        },
        {
          section: 'organisations',
          where: { column: 'Company', notIn: [''] },
          unique: true,
          columns: { id: liOrg, name: 'Company' },
          defaults: { sector: 'other' },
        },
        {
          section: 'memberships',
          where: { column: 'Company', notIn: [''] },
          columns: { person_id: liPerson, organisation_id: liOrg, role: 'Position' },
        },
        {
          section: 'ties',
          columns: {
            person_id: { param: 'me' },
            other_person_id: liPerson,
            last_contact: { column: 'Connected On', date: true },
            context: { value: 'LinkedIn' },
            source: { value: 'linkedin' },
          },
        },
      ],
    },
  ],
};

export const PRESETS = { kintone, salesforce, linkedin } as const;
export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];
