/**
 * Coverage of the organisation's needs: held inside, reachable or missing, through how many
 * independent routes (people who would all have to leave to cut the skill off), and who a need
 * hangs on. Each route is listed as a path of people that open on the map. The answer's order
 * stands until a column header sorts the table.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { Bar, LinkList, PathLine, Term } from './parts.tsx';

type Coverage = Assets['organisationAssets']['coverage'][number];

const TONE = { INSIDE: 'ok', REACHABLE: 'main', MISSING: 'warn' } as const;
const STATUS_ORDER = { INSIDE: 0, REACHABLE: 1, MISSING: 2 } as const;

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
  const columns = useMemo(
    (): DataColumn<Coverage>[] => [
      {
        id: 'skill',
        header: t('assets.coverage.skill'),
        rowHeader: true,
        sortBy: (c) => nameIn(c.skill, language),
        cell: (c) => (
          <>
            <span className="assets-skill-name">{nameIn(c.skill, language)}</span>
            {c.priority !== null && c.priority !== undefined && (
              <span className="assets-sub">{t('assets.coverage.priority', { priority: c.priority })}</span>
            )}
          </>
        ),
      },
      {
        id: 'status',
        header: t('assets.coverage.status'),
        // Held inside, then reachable nearest first, then missing.
        sortBy: (c) => STATUS_ORDER[c.status] * 10 + (c.hops ?? 0),
        cell: (c) => (
          <>
            <span className={`assets-status assets-status-${TONE[c.status]}`}>{t(`assets.status.${c.status}`)}</span>
            {c.hops !== null && c.hops !== undefined && c.hops > 0 && (
              <span className="assets-sub">{t('assets.coverage.distance', { count: c.hops })}</span>
            )}
          </>
        ),
      },
      {
        id: 'routes',
        header: t('assets.coverage.routes'),
        headerExtra: <Term label={t('assets.coverage.routes')} explain={t('assets.glossary.routes')} />,
        className: 'assets-col-routes',
        descFirst: true,
        sortBy: (c) => c.routes,
        cell: (c) => <Routes coverage={c} language={language} onOpenNode={onOpenNode} />,
      },
      {
        id: 'hangsOn',
        header: t('assets.coverage.hangsOn'),
        headerExtra: <Term label={t('assets.coverage.hangsOn')} explain={t('assets.glossary.singlePoint')} />,
        descFirst: true,
        sortBy: (c) => c.singlePoints.length,
        cell: (c) =>
          c.singlePoints.length > 0 ? (
            <span className="assets-spof">
              <span className="sr-only">{t('assets.coverage.singlePoint')}: </span>
              <LinkList nodes={c.singlePoints} language={language} onOpen={onOpenNode} />
            </span>
          ) : (
            <span className="assets-muted">
              {c.status === 'MISSING' ? t('assets.coverage.noHolder') : t('assets.coverage.noSinglePoint')}
            </span>
          ),
      },
    ],
    [t, language, onOpenNode],
  );
  return (
    <section className="assets-card" aria-labelledby="assets-coverage-title">
      <h2 id="assets-coverage-title">{t('assets.coverage.title')}</h2>
      <p className="assets-lead">{t('assets.coverage.lead', { count: hops })}</p>
      {coverage.length === 0 && <p>{t('assets.coverage.noNeeds')}</p>}
      <DataTable
        className="assets-table"
        testId="coverage-table"
        caption={t('assets.coverage.caption')}
        captionClassName="sr-only"
        rows={coverage}
        columns={columns}
        rowKey={(c) => c.skill.key}
        rowAttributes={(c) => ({ className: c.routes === 1 ? 'assets-fragile' : undefined })}
        language={language}
      />
    </section>
  );
}

function Routes({
  coverage: c,
  language,
  onOpenNode,
}: {
  coverage: Coverage;
  language: Language;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
