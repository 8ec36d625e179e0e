/**
 * Key-person risk (属人化): members ranked by what the organisation would lose if they left —
 * needs first, then people, organisations and skills — with a handover plan for each. Members
 * whose departure loses nothing are counted in one line and shown on request, each saying
 * "no loss" (never a row of zeros).
 */
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { formatNumber } from '../../ui/format.ts';
import { losesSomething, riskRows } from './assets-words.ts';
import { HandoverPanel } from './HandoverPanel.tsx';
import { Bar, LinkList, NodeLink, type Named } from './parts.tsx';

type Data = Assets['organisationAssets'];
type Risk = Data['risks'][number];

interface Props {
  data: Data;
  language: Language;
  onOpenNode(key: string): void;
}

export function RiskSection({ data, language, onOpenNode }: Props) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState<string | null>(null);
  const [all, setAll] = useState(false);
  const shown = useMemo(() => riskRows(data.risks, all), [data.risks, all]);
  const hidden = shown.hiddenWithLoss + shown.hiddenNoLoss;
  const columns = useRiskColumns(data.risks, language, onOpenNode, setPlan);
  return (
    <section className="assets-card assets-wide" aria-labelledby="assets-risk-title">
      <h2 id="assets-risk-title">{t('assets.risk.title')}</h2>
      <p className="assets-lead">{t('assets.risk.lead', { count: data.hops })}</p>
      {shown.rows.length > 0 && (
        <DataTable
          className="assets-table"
          testId="risk-table"
          caption={t('assets.risk.caption')}
          captionClassName="sr-only"
          rows={shown.rows}
          columns={columns}
          rowKey={(r) => r.person.key}
          language={language}
          rowAttributes={(r) => ({
            className: !losesSomething(r) ? 'assets-no-loss' : r.lostNeeds.length ? 'assets-fragile' : undefined,
          })}
          spanRow={(r) => (losesSomething(r) ? null : { content: t('assets.risk.noLoss'), className: 'assets-muted' })}
        />
      )}
      {(shown.noLoss > 0 || shown.hiddenWithLoss > 0 || all) && (
        <p className="assets-risk-rest" data-testid="risk-rest">
          {shown.noLoss === data.risks.length
            ? t('assets.risk.noLossAll', { count: data.hops })
            : shown.noLoss > 0 && t('assets.risk.noLossOthers', { count: shown.noLoss })}{' '}
          {shown.hiddenWithLoss > 0 && t('assets.risk.moreWithLoss', { count: shown.hiddenWithLoss })}{' '}
          {(hidden > 0 || all) && (
            <button type="button" className="button" aria-expanded={all} onClick={() => setAll((a) => !a)}>
              {all ? t('assets.risk.showFewer') : t('assets.risk.showAll', { total: data.risks.length })}
            </button>
          )}
        </p>
      )}
      {plan && (
        <HandoverPanel
          org={data.organisation.id}
          person={plan}
          hops={data.hops}
          language={language}
          onOpenNode={onOpenNode}
          onClose={() => setPlan(null)}
        />
      )}
    </section>
  );
}

/**
 * The members in the ranking's order (needs lost first) until a header sorts them; a count
 * column sorts largest first. Members who lose nothing say so across the row (spanRow above).
 */
function useRiskColumns(
  risks: readonly Risk[],
  language: Language,
  onOpenNode: (key: string) => void,
  onPlan: (personId: string) => void,
): DataColumn<Risk>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const max = Math.max(1, ...risks.map((r) => r.lostPeople));
    const none = <span className="assets-muted">{t('assets.risk.none')}</span>;
    const link = (nodes: Named[]) => <LinkList nodes={nodes} language={language} onOpen={onOpenNode} />;
    return [
      {
        id: 'person',
        header: t('assets.risk.person'),
        rowHeader: true,
        sortBy: (r) => nameIn(r.person, language),
        cell: (r) => <NodeLink node={r.person} language={language} onOpen={onOpenNode} />,
      },
      {
        id: 'needs',
        header: t('assets.risk.needs'),
        descFirst: true,
        sortBy: (r) => r.lostNeeds.length,
        cell: (r) => (r.lostNeeds.length > 0 ? <span className="assets-spof">{link(r.lostNeeds)}</span> : none),
      },
      {
        id: 'people',
        header: t('assets.risk.people'),
        descFirst: true,
        sortBy: (r) => r.lostPeople,
        cell: (r) => <LostPeople risk={r} max={max} language={language} none={none} link={link} />,
      },
      {
        id: 'organisations',
        header: t('assets.risk.organisations'),
        descFirst: true,
        sortBy: (r) => r.lostOrganisations.length,
        cell: (r) => (
          <>
            {r.lostOrganisations.length > 0 ? link(r.lostOrganisations.slice(0, 5)) : none}
            {r.lostOrganisations.length > 5 && (
              <span className="assets-muted">
                {' '}
                {t('assets.risk.moreOrganisations', { n: r.lostOrganisations.length - 5 })}
              </span>
            )}
          </>
        ),
      },
      {
        id: 'skills',
        header: t('assets.risk.skills'),
        className: 'assets-number assets-num-cell',
        descFirst: true,
        sortBy: (r) => r.lostSkills.length,
        cell: (r) => (r.lostSkills.length > 0 ? formatNumber(r.lostSkills.length, language) : none),
      },
      {
        id: 'handover',
        header: <span className="sr-only">{t('assets.risk.handover')}</span>,
        cell: (r) => (
          <button
            type="button"
            className="button"
            disabled={r.lostPeople === 0}
            title={r.lostPeople === 0 ? t('assets.risk.noPeopleToHand') : undefined}
            onClick={() => onPlan(r.person.id)}
            aria-label={t('assets.risk.planFor', { name: r.person.name })}
          >
            {t('assets.risk.handover')}
          </button>
        ),
      },
    ];
  }, [risks, language, t, onOpenNode, onPlan]);
}

function LostPeople({
  risk: r,
  max,
  language,
  none,
  link,
}: {
  risk: Risk;
  max: number;
  language: Language;
  none: ReactNode;
  link(nodes: Named[]): ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      {r.lostPeople > 0 ? (
        <span className="assets-barcell">
          <Bar value={r.lostPeople} max={max} tone="warn" />
          <span className="assets-number">{formatNumber(r.lostPeople, language)}</span>
        </span>
      ) : (
        none
      )}
      {r.samplePeople.length > 0 && (
        <details>
          <summary>{t('assets.risk.whom')}</summary>
          {link(r.samplePeople)}
        </details>
      )}
    </>
  );
}
