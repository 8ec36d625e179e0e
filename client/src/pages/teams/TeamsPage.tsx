import { useTranslation } from 'react-i18next';
import type { PageProps } from '../page-props.ts';

// Placeholder until the page is built (replaced by its feature).
export function TeamsPage(_props: PageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1>{t('nav.teams')}</h1>
    </div>
  );
}
