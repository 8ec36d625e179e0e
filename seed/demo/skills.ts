/**
 * The bilingual skill vocabulary, hand-written: a three-level hierarchy (category → skill →
 * tool/specialism) so that a search for "CRM" can also find Salesforce holders.
 */
import type { SkillRow } from '../../server/shared/dataset.ts';

/** [id, nameJa, nameEn, broader]; a missing broader marks a top-level category. */
type SkillSpec = readonly [id: string, nameJa: string, nameEn: string, broader?: string];

const SKILL_SPECS: readonly SkillSpec[] = [
  // IT & technology
  ['it', 'IT・テクノロジー', 'IT & technology'],
  ['crm', 'CRM・顧客管理', 'CRM', 'it'],
  ['salesforce', 'Salesforce', 'Salesforce', 'crm'],
  ['civicrm', 'CiviCRM', 'CiviCRM', 'crm'],
  ['hubspot', 'HubSpot', 'HubSpot', 'crm'],
  ['no-code', 'ノーコードツール', 'No-code tools', 'it'],
  ['kintone', 'kintone', 'kintone', 'no-code'],
  ['airtable', 'Airtable', 'Airtable', 'no-code'],
  ['google-workspace', 'Google Workspace', 'Google Workspace', 'no-code'],
  ['data-analysis', 'データ分析', 'Data analysis', 'it'],
  ['gis', 'GIS・地図データ', 'GIS & mapping', 'data-analysis'],
  ['statistics', '統計解析', 'Statistics', 'data-analysis'],
  ['bi-dashboards', 'BIダッシュボード', 'BI dashboards', 'data-analysis'],
  ['web-development', 'Web開発', 'Web development', 'it'],
  ['wordpress', 'WordPress', 'WordPress', 'web-development'],
  ['frontend-development', 'フロントエンド開発', 'Front-end development', 'web-development'],
  ['mobile-apps', 'モバイルアプリ開発', 'Mobile app development', 'web-development'],
  ['information-security', '情報セキュリティ', 'Information security', 'it'],
  ['cloud-infrastructure', 'クラウド基盤', 'Cloud infrastructure', 'it'],
  ['open-data', 'オープンデータ', 'Open data', 'it'],
  // Fundraising
  ['fundraising', 'ファンドレイジング', 'Fundraising'],
  ['grant-writing', '助成金申請', 'Grant writing', 'fundraising'],
  ['crowdfunding', 'クラウドファンディング', 'Crowdfunding', 'fundraising'],
  ['donor-relations', '寄付者コミュニケーション', 'Donor relations', 'fundraising'],
  ['corporate-partnerships', '企業との連携', 'Corporate partnerships', 'fundraising'],
  ['legacy-giving', '遺贈寄付', 'Legacy giving', 'fundraising'],
  // Accounting
  ['accounting', '会計', 'Accounting'],
  ['npo-accounting', 'NPO法人会計', 'Non-profit accounting', 'accounting'],
  ['bookkeeping', '簿記・経理', 'Bookkeeping', 'accounting'],
  ['tax', '税務', 'Tax', 'accounting'],
  ['audit', '監査', 'Audit', 'accounting'],
  // Law
  ['law', '法務', 'Law'],
  ['data-protection-law', '個人情報保護法', 'Data protection law', 'law'],
  ['npo-law', 'NPO法・法人制度', 'Non-profit corporate law', 'law'],
  ['labour-law', '労働法', 'Labour law', 'law'],
  ['disability-discrimination-law', '障害者差別解消法', 'Disability discrimination law', 'law'],
  ['contracts', '契約実務', 'Contracts', 'law'],
  // PR & communications
  ['pr', '広報・PR', 'PR & communications'],
  ['social-media', 'SNS運用', 'Social media', 'pr'],
  ['press-relations', 'プレスリリース・メディア対応', 'Press relations', 'pr'],
  ['copywriting', 'ライティング', 'Copywriting', 'pr'],
  ['video-production', '動画制作', 'Video production', 'pr'],
  // Welfare
  ['welfare', '福祉', 'Welfare'],
  ['elderly-care', '高齢者介護', 'Elderly care', 'welfare'],
  ['dementia-care', '認知症ケア', 'Dementia care', 'elderly-care'],
  ['end-of-life-care', '看取り・緩和ケア', 'End-of-life care', 'elderly-care'],
  ['disability-support', '障害者支援', 'Disability support', 'welfare'],
  ['poverty-support', '生活困窮者支援', 'Poverty support', 'welfare'],
  ['food-bank-operations', 'フードバンク運営', 'Food bank operations', 'poverty-support'],
  ['foreign-resident-support', '外国人住民支援', 'Foreign resident support', 'welfare'],
  ['interpretation', '通訳・翻訳', 'Interpretation & translation', 'foreign-resident-support'],
  ['japanese-teaching', '日本語教育', 'Japanese language teaching', 'foreign-resident-support'],
  ['counselling', '相談支援', 'Counselling', 'welfare'],
  // Disaster relief
  ['disaster-relief', '災害支援', 'Disaster relief'],
  ['disaster-volunteer-centre', '災害ボランティアセンター運営', 'Disaster volunteer centres', 'disaster-relief'],
  ['evacuation-shelter', '避難所運営', 'Evacuation shelter management', 'disaster-relief'],
  ['disaster-prevention-education', '防災教育', 'Disaster prevention education', 'disaster-relief'],
  ['reconstruction', '復興まちづくり', 'Community reconstruction', 'disaster-relief'],
  // Childcare & education
  ['childcare', '子育て・教育', 'Childcare & education'],
  ['kodomo-shokudo', '子ども食堂運営', "Children's cafeteria operations", 'childcare'],
  ['learning-support', '学習支援', 'Learning support', 'childcare'],
  ['youth-work', 'ユースワーク', 'Youth work', 'childcare'],
  ['early-childhood', '保育', 'Early childhood care', 'childcare'],
  ['environmental-education', '環境教育', 'Environmental education', 'childcare'],
  // Management
  ['management', '組織運営', 'Management'],
  ['project-management', 'プロジェクトマネジメント', 'Project management', 'management'],
  ['volunteer-management', 'ボランティアマネジメント', 'Volunteer management', 'management'],
  ['strategy', '事業計画・戦略', 'Strategy & planning', 'management'],
  ['hr', '人材育成', 'HR & training', 'management'],
  ['facilitation', 'ファシリテーション', 'Facilitation', 'management'],
  ['board-governance', 'ガバナンス・理事会運営', 'Board governance', 'management'],
  ['cross-sector-coordination', '協働コーディネート', 'Cross-sector coordination', 'management'],
  // Design
  ['design', 'デザイン', 'Design'],
  ['graphic-design', 'グラフィックデザイン', 'Graphic design', 'design'],
  ['ux-design', 'UXデザイン', 'UX design', 'design'],
  ['accessibility', 'アクセシビリティ', 'Accessibility', 'design'],
  ['service-design', 'サービスデザイン', 'Service design', 'design'],
  // Research
  ['research', '調査・研究', 'Research'],
  ['social-research', '社会調査', 'Social research', 'research'],
  ['impact-evaluation', '社会的インパクト評価', 'Social impact evaluation', 'research'],
  ['policy-advocacy', '政策提言', 'Policy advocacy', 'research'],
];

/** The top-level ancestor id, used as the skill's category (e.g. "salesforce" → "it"). */
function categoryOf(id: string, byId: ReadonlyMap<string, SkillSpec>): string {
  let current = byId.get(id);
  while (current?.[3] !== undefined) current = byId.get(current[3]);
  return current?.[0] ?? id;
}

export function buildSkills(): SkillRow[] {
  const byId = new Map(SKILL_SPECS.map((spec) => [spec[0], spec]));
  return SKILL_SPECS.map(([id, nameJa, nameEn, broader]) => ({
    id,
    nameJa,
    nameEn,
    category: categoryOf(id, byId),
    ...(broader === undefined ? {} : { broader }),
  }));
}

/** Skill ids grouped for the generators: "an IT person" draws from here. */
export const SKILL_GROUPS = {
  it: [
    'crm',
    'salesforce',
    'kintone',
    'no-code',
    'google-workspace',
    'airtable',
    'data-analysis',
    'web-development',
    'wordpress',
    'frontend-development',
    'cloud-infrastructure',
    'information-security',
    'open-data',
    'gis',
  ],
  general: [
    'project-management',
    'volunteer-management',
    'facilitation',
    'social-media',
    'copywriting',
    'grant-writing',
    'bookkeeping',
    'strategy',
    'hr',
    'cross-sector-coordination',
  ],
} as const;
