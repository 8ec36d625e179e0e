/**
 * Search hits → rows the result list shows: which name first (per language), the second name,
 * and a short context (sector and prefecture, project years).
 */
import type { NodeKind, SearchQuery, Sector } from '../gql/graphql.ts';
import { displayName } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';

export type SearchHitNode = SearchQuery['search']['nodes'][number]['node'];

export interface ResultRow {
  key: string;
  kind: NodeKind;
  sector: Sector | null;
  primary: string;
  secondary: string | null;
  /** Context pieces the view translates or formats: a sector, a prefecture, a year span. */
  context: { sector?: Sector; place?: string; years?: string };
}

function years(start: string | null | undefined, end: string | null | undefined): string | undefined {
  const from = start?.slice(0, 4);
  const to = end?.slice(0, 4);
  if (!from && !to) return undefined;
  if (from === to) return from;
  return `${from ?? ''}–${to ?? ''}`;
}

export function toResultRow(node: SearchHitNode, language: Language): ResultRow {
  const base = { key: node.key, kind: node.kind, sector: null };
  switch (node.__typename) {
    case 'Person':
      return { ...base, ...displayName(node, language), context: {} };
    case 'Organisation':
      return {
        ...base,
        sector: node.sector,
        ...displayName(
          { name: node.name, nameEn: node.nameEn, nameKana: language === 'ja' ? null : node.nameKana },
          language,
        ),
        context: { sector: node.sector, ...(node.prefecture ? { place: node.prefecture } : {}) },
      };
    case 'Skill':
      return { ...base, ...displayName(node, language), context: {} };
    case 'Project': {
      const span = years(node.start, node.end);
      // A project's English name on English pages, its Japanese one beside it (as for organisations).
      return { ...base, ...displayName(node, language), context: span ? { years: span } : {} };
    }
  }
}
