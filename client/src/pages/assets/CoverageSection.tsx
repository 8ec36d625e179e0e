/**
 * Coverage of the organisation's needs: held inside, reachable or missing, through how many
 * independent routes (people who would all have to leave to cut the skill off), and who a need
 * hangs on. Each route is listed as a path of people that open on the map.
 */
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { Bar, LinkList, PathLine, Term } from './parts.tsx';

type Coverage = Assets['organisationAssets']['coverage'][number];

const TONE = { INSIDE: 'ok', REACHABLE: 'main', MISSING: 'warn' } as const;

export function CoverageSection({
  coverage,
  hops,
  language,
  onOpenNode,
}: {
  coverage: Coverage[];
  hops: number;
  language: Language;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <section className="assets-card" aria-labelledby="assets-coverage-title">
      <h2 id="assets-coverage-title">{t('assets.coverage.title')}</h2>
      <p className="assets-lead">{t('assets.coverage.lead', { count: hops })}</p>
      {coverage.length === 0 && <p>{t('assets.coverage.noNeeds')}</p>}
      <table className="assets-table" data-testid="coverage-table">
        <caption className="sr-only">{t('assets.coverage.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assets.coverage.skill')}</th>
            <th scope="col">{t('assets.coverage.status')}</th>
            <th scope="col" className="assets-col-routes">
              <Term label={t('assets.coverage.routes')} explain={t('assets.glossary.routes')}>
                {t('assets.coverage.routes')}
              </Term>
            </th>
            <th scope="col">
              <Term label={t('assets.coverage.hangsOn')} explain={t('assets.glossary.singlePoint')}>
                {t('assets.coverage.hangsOn')}
              </Term>
            </th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((c) => (
            <tr key={c.skill.key} className={c.routes === 1 ? 'assets-fragile' : undefined}>
              <th scope="row">
                <span className="assets-skill-name">{nameIn(c.skill, language)}</span>
                {c.priority !== null && c.priority !== undefined && (
                  <span className="assets-sub">{t('assets.coverage.priority', { priority: c.priority })}</span>
                )}
              </th>
              <td>
                <span className={`assets-status assets-status-${TONE[c.status]}`}>
                  {t(`assets.status.${c.status}`)}
                </span>
                {c.hops !== null && c.hops !== undefined && c.hops > 0 && (
                  <span className="assets-sub">{t('assets.coverage.distance', { count: c.hops })}</span>
                )}
              </td>
              <td>
                <span className="assets-barcell">
                  <Bar value={c.routes} max={10} tone={c.routes <= 1 ? 'warn' : 'ok'} />
                  <span className="assets-number">
                    {c.routesCapped
                      ? t('assets.coverage.routesMore', { count: c.routes })
                      : t('assets.coverage.routesCount', { count: c.routes })}
                  </span>
                </span>
                {c.paths.length > 0 && (
                  <details>
                    <summary>{t('assets.coverage.showRoutes')}</summary>
                    <ol className="assets-routes">
                      {c.paths.map((path, i) => (
                        <li key={i}>
                          <PathLine path={path} language={language} onOpen={onOpenNode} />
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </td>
              <td>
                {c.singlePoints.length > 0 ? (
                  <span className="assets-spof">
                    <span className="sr-only">{t('assets.coverage.singlePoint')}: </span>
                    <LinkList nodes={c.singlePoints} language={language} onOpen={onOpenNode} />
                  </span>
                ) : (
                  <span className="assets-muted">
                    {c.status === 'MISSING' ? t('assets.coverage.noHolder') : t('assets.coverage.noSinglePoint')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
