import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.ts';
import type { Language } from '../i18n/languages.ts';
import { formatNumber } from './format.ts';

const StatsQuery = graphql(`
  query Stats {
    stats {
      people
      organisations
      skills
      projects
      visibleTies
    }
  }
`);

const ITEMS = [
  ['people', 'stats.people'],
  ['organisations', 'stats.organisations'],
  ['skills', 'stats.skills'],
  ['projects', 'stats.projects'],
  ['visibleTies', 'stats.ties'],
] as const;

/** How big the recorded network is, in one quiet line; it stays out of the way if it fails. */
export function StatsLine({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { data } = useQuery(StatsQuery);
  if (!data) return null;
  return (
    <dl className="stats-line" aria-label={t('stats.label')}>
      {ITEMS.map(([field, label]) => (
        <div key={field} className="stat">
          <dt>{t(label)}</dt>
          <dd>{formatNumber(data.stats[field], language)}</dd>
        </div>
      ))}
    </dl>
  );
}
