/**
 * What each NPO is looking for (hand-written): the skills the team-building and "who can help us?"
 * features search for. Priority 5 = most urgent.
 */
import type { NeedRow } from '../../server/shared/dataset.ts';

const NEED_SPECS: readonly (readonly [organisationId: string, skillId: string, priority: number])[] = [
  ['o01', 'data-analysis', 4],
  ['o01', 'crowdfunding', 3],
  ['o01', 'accessibility', 2],
  ['o02', 'salesforce', 4],
  ['o02', 'crowdfunding', 3],
  ['o02', 'data-protection-law', 3],
  ['o03', 'data-protection-law', 5],
  ['o03', 'mobile-apps', 4],
  ['o03', 'web-development', 3],
  ['o04', 'kintone', 4],
  ['o04', 'legacy-giving', 3],
  ['o04', 'npo-accounting', 3],
  ['o05', 'gis', 5],
  ['o05', 'information-security', 3],
  ['o06', 'grant-writing', 4],
  ['o06', 'kintone', 4],
  ['o06', 'social-media', 2],
  ['o07', 'kintone', 5],
  ['o07', 'grant-writing', 4],
  ['o07', 'labour-law', 2],
  ['o08', 'social-media', 3],
  ['o08', 'web-development', 3],
  ['o09', 'corporate-partnerships', 4],
  ['o09', 'crm', 3],
  ['o10', 'web-development', 4],
  ['o10', 'crowdfunding', 3],
  ['o10', 'npo-accounting', 2],
  ['o11', 'data-protection-law', 5],
  ['o11', 'crm', 3],
  ['o11', 'crowdfunding', 2],
  ['o12', 'volunteer-management', 4],
  ['o12', 'google-workspace', 3],
  ['o13', 'grant-writing', 5],
  ['o13', 'social-media', 3],
  ['o13', 'impact-evaluation', 2],
  ['o13', 'accounting', 2],
];

export function buildNeeds(): NeedRow[] {
  return NEED_SPECS.map(([organisationId, skillId, priority]) => ({ organisationId, skillId, priority }));
}
